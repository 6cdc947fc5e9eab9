package io.scamcheck.report;

import io.scamcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TechnicalDetailsTest {
    @Test
    void readsSenderRepliesLinksChecksFilesPhonesAndRoute() {
        TechnicalDetails d = TechnicalDetails.of(ReportTestSupport.bankNotice());
        assertThat(d.sender()).hasValue(new TechnicalDetails.Party("Secure Bank", "alerts@secure-bank.example",
                "secure-bank.example"));
        assertThat(d.replyTo()).extracting(TechnicalDetails.Party::domain).containsExactly("example.net");
        assertThat(d.returnPath()).isEqualTo("bounce@mailer-77.example.net");
        assertThat(d.links()).singleElement().satisfies(l -> {
            assertThat(l.shownText()).isEqualTo("https://www.securebank.com/login");
            assertThat(l.target()).isEqualTo("http://login-check.badhost.example.net/secure");
            assertThat(l.domain()).isEqualTo("example.net");
            assertThat(l.textDiffers()).isTrue();
        });
        assertThat(d.authentication()).extracting(a -> a.method() + "=" + a.result())
                .containsExactly("spf=fail", "dkim=none", "dmarc=fail");
        assertThat(d.authentication().get(0).details()).isEqualTo("smtp.mailfrom=mailer-77.example.net");
        assertThat(d.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("statement.pdf.exe");
            assertThat(a.contentType()).startsWith("application/octet-stream");
        });
        assertThat(d.phones()).singleElement().isEqualTo(
                new TechnicalDetails.PhoneDetail("1-800-555-0199", "+18005550199", "toll-free", "US"));
        assertThat(d.route()).extracting(TechnicalDetails.Hop::from)
                .containsExactly("sender-host.example.net", "mx.example.org");
        assertThat(d.route().get(0).by()).isEqualTo("mx.example.org");
        assertThat(d.route().get(1).date()).isEqualTo("Tue, 3 Mar 2026 10:00:05 +0000");
        assertThat(d.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.kindId()).isNotBlank());
        assertThat(d.findings().get(0).number()).isEqualTo(1);
    }

    @Test
    void pastedTextHasNoHeadersButStillItsPhonesAndLinks() {
        TechnicalDetails d = TechnicalDetails.of(Fixtures.analyze(Fixtures.paste(
                "Call +44 20 7946 0958 or 0900 123 4567 today. See www.example.com/help")));
        assertThat(d.sender()).isEmpty();
        assertThat(d.route()).isEmpty();
        assertThat(d.authentication()).isEmpty();
        assertThat(d.phones()).extracting(TechnicalDetails.PhoneDetail::region).contains("GB");
    }

    @Test
    void oddHeadersNeverThrow() {
        String eml = "Received: ;;;\nReceived: from\nAuthentication-Results: ((((spf=\nFrom: <>\n"
                + "Reply-To: ,,,\nSubject: x\n\nbody";
        TechnicalDetails d = TechnicalDetails.of(Fixtures.analyze(Fixtures.eml(eml)));
        assertThat(d.route()).hasSize(2);
    }
}
