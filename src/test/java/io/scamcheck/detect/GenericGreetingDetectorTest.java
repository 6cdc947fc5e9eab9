package io.scamcheck.detect;

import io.scamcheck.model.Email;
import io.scamcheck.testing.DetectorProbe;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class GenericGreetingDetectorTest {
    private final GenericGreetingDetector detector = new GenericGreetingDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.GENERIC_GREETING);

    @Test
    void dearCustomerAndDearBeneficiary() {
        Email a = paste("Dear Valued Customer,\nYour statement is ready.");
        Email b = paste("ATTENTION: BENEFICIARY\nYour fund is ready.");
        List<Finding> f = run(detector, a);
        assertThat(words(a, f, Kind.GENERIC_GREETING)).containsExactly("Dear Valued Customer");
        assertThat(f.get(0).severity()).isEqualTo(Severity.CAUTION);
        assertThat(words(b, run(detector, b), Kind.GENERIC_GREETING)).containsExactly("ATTENTION: BENEFICIARY");
    }

    @Test
    void emailAddressUsedAsAName() {
        assertThat(probe.words("Hello anna.berg@example.org,\nWe noticed a problem with your account."))
                .containsExactly("Hello anna.berg@example.org");
    }

    @Test
    void namedGreetingsAreQuiet() {
        assertThat(probe.findings(
                "Dear Anna,\nThanks for the photos from Sunday.\n\nHi everyone, dinner is at 7.")).isEmpty();
    }

    @Test
    void greetingWordsInsideASentenceAreQuiet() {
        assertThat(probe.findings("We want every customer to feel welcome, dear reader.")).isEmpty();
    }
}
