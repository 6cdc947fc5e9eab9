package io.scamcheck.detect;

import io.scamcheck.i18n.Messages;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class FailedAuthenticationDetectorTest {
    private final FailedAuthenticationDetector detector = new FailedAuthenticationDetector();
    private final Messages messages = Messages.english();

    private static Email message(String from, String... authResults) {
        StringBuilder sb = new StringBuilder();
        for (String ar : authResults) {
            sb.append("Authentication-Results: ").append(ar).append('\n');
        }
        sb.append("Received: from mail.sender.example by mx.receiver.example; Mon, 6 May 2024 10:00:00 +0000\n");
        sb.append("From: ").append(from).append('\n');
        sb.append("To: you@example.com\nSubject: Your account\nDate: Mon, 6 May 2024 10:00:00 +0000\n\n");
        sb.append("Please confirm your account details.\n");
        return eml(sb.toString());
    }

    @Test
    void dmarcFailureForTheSenderDomainFires() {
        Email e = message("PayPal <service@paypal.com>",
                "mx.receiver.example; spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=paypal.com;"
                        + " dkim=none (message not signed); dmarc=fail action=quarantine header.from=paypal.com");
        List<Finding> f = run(detector, e);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(words(e, f, Kind.FAILED_AUTHENTICATION)).containsExactly("paypal.com");
        assertThat(messages.join(f.get(0).explanation()))
                .contains("It says it is from paypal.com, but the check for paypal.com failed.");
        assertThat(messages.join(f.get(0).evidence())).contains("dmarc=fail").contains("spf=fail")
                .contains("smtp.mailfrom=paypal.com");
    }

    @Test
    void microsoftCompositeVerdictCounts() {
        Email explicit = message("Bank <alerts@bank.example>",
                "spf=none (sender IP is 198.51.100.7) smtp.mailfrom=bulk.example; dkim=none (message not signed)"
                        + " header.d=none;dmarc=none action=none header.from=bank.example;compauth=fail reason=000");
        assertThat(run(detector, explicit)).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.WARNING);
        Email implicit = message("Bank <alerts@bank.example>",
                "spf=pass (sender IP is 198.51.100.7) smtp.mailfrom=bulk.example; dkim=none (message not signed)"
                        + " header.d=none;dmarc=none action=none header.from=bank.example;compauth=fail reason=001");
        assertThat(run(detector, implicit)).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.CAUTION);
    }

    @Test
    void softfailForTheSenderDomainIsAWeakSign() {
        Email e = message("Shop <news@shop.example>",
                "mx.receiver.example; spf=softfail smtp.mailfrom=bounce@shop.example; dkim=none");
        assertThat(run(detector, e)).singleElement().extracting(Finding::severity).isEqualTo(Severity.CAUTION);
    }

    @Test
    void onlyTheTopmostHeaderCounts() {
        // The sender can write any header it likes below the receiver's: a fake "pass" changes nothing...
        Email fakePass = message("Support <help@service.example>",
                "mx.receiver.example; dmarc=fail header.from=service.example",
                "mx.service.example; spf=pass smtp.mailfrom=service.example; dmarc=pass header.from=service.example");
        assertThat(run(detector, fakePass)).hasSize(1);
        // ...and a fake "fail" below a real pass is not a failure.
        Email fakeFail = message("Support <help@service.example>",
                "mx.receiver.example; spf=pass smtp.mailfrom=service.example; dkim=pass header.d=service.example;"
                        + " dmarc=pass header.from=service.example",
                "elsewhere.example; dmarc=fail header.from=service.example");
        assertThat(run(detector, fakeFail)).isEmpty();
    }

    @Test
    void aBounceWhoseEnvelopeFailsButWhoseSignaturePassesIsQuiet() {
        // A delivery notice from a mail service: SPF failed for the service's bounce address, not for the
        // sender's domain, and the sender's DKIM signature is fine.
        Email e = message("Mail Delivery Subsystem <MAILER-DAEMON@amazonses.com>",
                "mx.google.com; dkim=pass header.i=@amazonses.com; spf=fail (google.com: domain of"
                        + " 0101@us-west-2.amazonses.com does not designate 192.0.2.153 as permitted sender)"
                        + " smtp.mailfrom=0101@us-west-2.amazonses.com");
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void failuresForAnotherDomainThanTheSenderAreQuiet() {
        Email e = message("Receipts <receipts@store.example>",
                "mx.receiver.example; spf=fail smtp.mailfrom=esp-bounces.example; dkim=pass header.d=store.example;"
                        + " dmarc=pass header.from=store.example");
        assertThat(run(detector, e)).isEmpty();
        Email unaligned = message("Receipts <receipts@store.example>",
                "mx.receiver.example; spf=fail smtp.mailfrom=esp-bounces.example; dkim=fail header.d=esp.example");
        assertThat(run(detector, unaligned)).isEmpty();
    }

    @Test
    void mailingListPostsAreQuiet() {
        Email e = eml("""
                Authentication-Results: mx.receiver.example; dkim=fail header.d=strict.example; dmarc=fail header.from=strict.example
                From: Ann <ann@strict.example>
                To: r-help@r-project.org
                List-Id: Main R Mailing List <r-help.r-project.org>
                Subject: Re: lm() question

                Thanks, that works.
                """);
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void pastedTextHasNoHeadersToRead() {
        assertThat(run(detector, paste("Authentication-Results: dmarc=fail\nHello"))).isEmpty();
    }

    @Test
    void parserDropsCommentsAndReadsProperties() {
        AuthenticationResults ar = AuthenticationResults.parse(
                "mx.example; spf=pass (sender IP is 1.2.3.4; ok) smtp.mailfrom=a.example;"
                        + " dkim=fail (bad sig) header.d=b.example header.s=s1; dmarc=fail (p=REJECT) header.from=c.example;"
                        + "compauth=fail reason=001");
        assertThat(ar.results()).extracting(AuthenticationResults.Result::method)
                .containsExactly("spf", "dkim", "dmarc", "compauth");
        assertThat(ar.of("dkim").get(0).property("header.d")).isEqualTo("b.example");
        assertThat(ar.of("compauth").get(0).property("reason")).isEqualTo("001");
        assertThat(AuthenticationResults.parse("garbage ((( ;;; =").results()).isEmpty();
        assertThat(AuthenticationResults.parse(null).results()).isEmpty();
    }
}
