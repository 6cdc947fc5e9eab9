package io.scamcheck.testing;

import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.i18n.Text;
import io.scamcheck.model.Email;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What one detector found in one message: the findings and the words they mark. */
public record DetectorRun(Email email, List<Finding> findings, Kind kind) {

    /** The words the findings of the probed kind mark, in order. */
    public List<String> words() {
        return Fixtures.words(email, findings, kind);
    }

    /** The first finding; fails the test when there is none. */
    public Finding first() {
        assertThat(findings).isNotEmpty();
        return findings.get(0);
    }

    /** The one finding; fails the test when there are none or several. */
    public Finding only() {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    /** The bundle keys of the first finding's explanation (the facts it states). */
    public List<String> factKeys() {
        return first().explanation().stream().map(Text::key).toList();
    }
}
