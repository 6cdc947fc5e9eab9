package io.scamcheck.detect;

import io.scamcheck.i18n.Messages;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class DisplayNameMismatchDetectorTest {
    private final DisplayNameMismatchDetector detector = new DisplayNameMismatchDetector();
    private final Messages messages = Messages.english();

    private static Email from(String from, String extra) {
        return eml("From: " + from + "\nTo: you@example.com\n" + extra
                + "Subject: Notice\nDate: Mon, 6 May 2024 10:00:00 +0000\n\nPlease read.\n");
    }

    @Test
    void anAddressInTheNameThatIsNotTheSenderFires() {
        Email e = from("\"service@paypal.com\" <notice-7731@mailer-host.example>", "");
        List<Finding> f = run(detector, e);
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(words(e, f, Kind.DISPLAY_NAME_MISMATCH)).containsExactly("service@paypal.com");
        assertThat(messages.join(f.get(0).explanation()))
                .contains("The name shows service@paypal.com, but the message really came from"
                        + " notice-7731@mailer-host.example.");
    }

    @Test
    void yourOwnAddressAsTheNameIsCalledThat() {
        Email e = from("\"you@example.com\" <noreply@parcel-notice.example>", "");
        List<Finding> f = run(detector, e);
        assertThat(messages.join(f.get(0).explanation())).contains("The name shows your own address, you@example.com");
    }

    @Test
    void aWebDomainInTheNameFromFreeWebmailFires() {
        Email e = from("ethereum.org <smithlilmyk8@icloud.com>", "");
        assertThat(words(e, run(detector, e), Kind.DISPLAY_NAME_MISMATCH)).containsExactly("ethereum.org");
    }

    @Test
    void aKnownCompanysDomainInTheNameFires() {
        Email e = from("\"Microsoft.com Account Team\" <team@account-alerts.example>", "");
        assertThat(words(e, run(detector, e), Kind.DISPLAY_NAME_MISMATCH)).containsExactly("Microsoft.com");
    }

    @Test
    void shopsThatSignWithTheirWebNameAreQuiet() {
        assertThat(run(detector, from("\"Amazon.com\" <auto-confirm@amazon.com>", ""))).isEmpty();
        assertThat(run(detector, from("\"CNET News.com\" <newsletter@online.example>", ""))).isEmpty();
        assertThat(run(detector, from("Overstock.com <deals@overstockmail.example>", ""))).isEmpty();
        assertThat(run(detector, from("\"jm@jmason.org\" <jm@jmason.org>", ""))).isEmpty();
        assertThat(run(detector, from("\"Ann Lee (ann@work.example)\" <ann.lee@work.example>", ""))).isEmpty();
        assertThat(run(detector, from("John Q. Public <john@example.org>", ""))).isEmpty();
    }

    @Test
    void aPlainCompanyNameIsLeftToBrandImpersonation() {
        assertThat(run(detector, from("\"Microsoft Support\" <support@ms-help.example>", ""))).isEmpty();
    }

    @Test
    void mailingListRewritesAreQuiet() {
        assertThat(run(detector, from("\"'ann@strict.example' via Group\" <group@googlegroups.com>", ""))).isEmpty();
        assertThat(run(detector, from("\"ann@strict.example\" <r-help@r-project.org>",
                "List-Id: <r-help.r-project.org>\n"))).isEmpty();
    }
}
