package io.scamcheck.detect;

import io.scamcheck.model.Email;
import io.scamcheck.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.analyze;
import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

/** Whole messages of the families these detectors are for, checked by the full analyzer. */
class BlackmailAndTechSupportTest {

    @Test
    void sextortionEmailShowsEachClaimOnItsWords() {
        Email e = eml("""
                From: jordan.lee@example.net
                To: jordan.lee@example.net
                Subject: Security alert for your account
                Content-Type: text/plain; charset=utf-8

                Hi,

                I know that m4rigold!2019 is your password. As you can see, I sent you this email from your account.

                Some months ago I hacked your device through a link you clicked. Since then I have been watching
                you for months. I recorded you through your webcam, and I copied your contact list.

                Make the payment of 1450 USD in Bitcoin within 48 hours. My BTC wallet to send to:
                bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4
                """);
        Report r = analyze(e);
        List<Finding> f = r.findings();
        assertThat(words(e, f, Kind.PASSWORD_SHOWN)).containsExactly("m4rigold!2019 is your password");
        assertThat(words(e, f, Kind.SENT_FROM_YOUR_ACCOUNT))
                .containsExactly("jordan.lee@example.net", "I sent you this email from your account");
        assertThat(words(e, f, Kind.HACKED_DEVICE_CLAIM)).containsExactly("I hacked your device",
                "I have been watching\nyou for months", "I recorded you through your webcam",
                "I copied your contact list");
        assertThat(words(e, f, Kind.UNUSUAL_PAYMENT)).contains("payment of 1450 USD in Bitcoin");
        assertThat(words(e, f, Kind.CRYPTO_ADDRESS)).contains("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        assertThat(words(e, f, Kind.FAKE_VIRUS_ALERT)).isEmpty();
        assertThat(r.verdict().verdict()).isEqualTo(Verdict.LIKELY_SCAM);
    }

    @Test
    void techSupportPopUpTextPasted() {
        Email e = paste("""
                WINDOWS SECURITY ALERT

                Your computer is infected with 3 viruses. Access to this PC has been blocked for security reasons.
                Do not restart your computer. To unblock it, download AnyDesk and give our technician the code.
                The service fee of 299 USD is paid with Google Play cards.
                """);
        List<Finding> f = analyze(e).findings();
        assertThat(words(e, f, Kind.FAKE_VIRUS_ALERT)).containsExactly("Your computer is infected with 3 viruses",
                "Access to this PC has been blocked for");
        assertThat(words(e, f, Kind.REMOTE_ACCESS_REQUEST)).containsExactly("download AnyDesk", "give our technician",
                "code");
        assertThat(words(e, f, Kind.UNUSUAL_PAYMENT)).containsExactly("fee", "Google Play cards");
        assertThat(words(e, f, Kind.DISGUISED_TEXT)).isEmpty();
    }
}
