package io.scamcheck.detect.seed;

import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.i18n.Text;
import io.scamcheck.model.Email;
import io.scamcheck.testing.DetectorProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class LicenseCancellationDetectorTest {
    private final LicenseCancellationDetector detector = new LicenseCancellationDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.LICENSE_CANCELLATION);

    @Test
    void findsTheSeedSentenceAndTheSubject() {
        Email e = eml("From: \"Microsoft Support\" <support@ms-help.xyz>\nTo: you@example.com\n"
                + "Subject: Windows License Suspended\n\n"
                + "This is violation of Information Technology Act of 1996. For now we are Cancelling your Windows "
                + "License, which means stopping all windows activities & updates on your computer.\n");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.LICENSE_CANCELLATION))
                .containsExactly("Windows License Suspended", "Cancelling your Windows License");
        assertThat(f.get(0).explanation()).contains(Text.of("fact.license.microsoft"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Your Windows 10 license has been suspended due to illegal activity.|"
                    + "Your Windows 10 license has been suspended",
            "ALERT: your McAfee license has expired and your PC is at risk.|your McAfee license has expired",
            "If you do not call, your computer will stop working within 24 hours.|your computer will stop working",
            "We are deactivating your Microsoft Office product key today.|"
                    + "deactivating your Microsoft Office product key",
            "Your Norton 360 protection has been disabled by our billing team.|"
                    + "Your Norton 360 protection has been disabled"
    })
    void findsCancellationClaims(String message, String expected) {
        assertThat(probe.words(message)).containsExactly(expected);
    }

    @Test
    void antivirusClaimsGetTheAntivirusFact() {
        List<Finding> f = probe.findings("Your Norton license was cancelled because payment failed.");
        assertThat(f.get(0).explanation()).contains(Text.of("fact.license.antivirus"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a real renewal receipt
            "Your Microsoft 365 subscription renews on 5 May. You can turn off automatic renewal in your account.",
            "Your Norton subscription renews automatically on 12 June. Thank you for staying protected.",
            // an IT team's notes
            "Hi all, on Friday we move everyone to Microsoft 365. Your old Office 2016 licence will be removed "
                    + "automatically and your new licence is already assigned, so there is nothing to do. "
                    + "IT Service Desk",
            "Reminder: your Office license will be deactivated when you leave the company, so save your files.",
            // someone's own cancelling
            "We are cancelling your subscription as you asked. You will not be charged again.",
            // a computer that stops for an update is not a threat
            "Your computer will restart at 2 am tonight to finish installing updates."
    })
    void staysQuietOnOrdinaryText(String message) {
        assertThat(probe.findings(message)).isEmpty();
    }

    @Test
    void anExpiredAntivirusFromAStrangerButNotFromTheCompany() {
        String body = "Subject: Last Notice: Your Norton Subscription Has Expired\n\n"
                + "Norton Alert: Protection Stopped - Renew Immediately\n";
        Email fake = eml("From: Norton Alert <newsletters.kvsln@nrwa.example>\nTo: you@example.com\n" + body);
        assertThat(words(fake, run(detector, fake), Kind.LICENSE_CANCELLATION))
                .containsExactly("Your Norton Subscription Has Expired", "Norton Alert: Protection Stopped");
        Email real = eml("From: Norton <noreply@norton.com>\nTo: you@example.com\n" + body);
        assertThat(run(detector, real)).isEmpty();
        assertThat(probe.findings(
                "My Norton subscription expired last year, so I switched to the free one.")).isEmpty();
    }
}
