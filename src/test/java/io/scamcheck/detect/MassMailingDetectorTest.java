package io.scamcheck.detect;

import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class MassMailingDetectorTest {
    private final MassMailingDetector detector = new MassMailingDetector();

    private static Email message(String headers) {
        return eml("Received: from a.example by b.example; Mon, 6 May 2024 10:00:00 +0000\n" + headers
                + "Subject: Hello\nDate: Mon, 6 May 2024 10:00:00 +0000\n\nHello.\n");
    }

    @Test
    void undisclosedRecipientsFire() {
        Email e = message("From: Winner Desk <desk@lottery.example>\nTo: undisclosed-recipients:;\n");
        List<Finding> f = run(detector, e);
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
        assertThat(words(e, f, Kind.MASS_MAILING)).containsExactly("undisclosed-recipients:;");
    }

    @Test
    void aMessageAddressedToItsOwnSenderFires() {
        assertThat(run(detector, message("From: Agent <agent@mail.example>\nTo: agent@mail.example\n"))).hasSize(1);
    }

    @Test
    void aDeliveredMessageWithNoToLineFires() {
        assertThat(run(detector, message("From: Agent <agent@mail.example>\n"))).hasSize(1);
    }

    @Test
    void ordinaryAndListMailIsQuiet() {
        assertThat(run(detector, message("From: Ann <ann@example.org>\nTo: you@example.com\n"))).isEmpty();
        assertThat(run(detector, message("From: Ann <ann@example.org>\nTo: r-help@r-project.org\n"
                + "List-Id: <r-help.r-project.org>\n"))).isEmpty();
        // an archived post without any delivery trace
        assertThat(run(detector, eml("From: Ann <ann@example.org>\nSubject: x\nMessage-ID: <1@x>\n\nHi\n"))).isEmpty();
        assertThat(run(detector, paste("Hello, this is just text."))).isEmpty();
    }
}
