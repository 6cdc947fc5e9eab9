package io.scamcheck.detect;

import io.scamcheck.i18n.Messages;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.detect.LinkTextMismatchDetectorTest.html;
import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class SuspiciousLinkDetectorTest {
    private final SuspiciousLinkDetector detector = new SuspiciousLinkDetector();
    private final Messages messages = Messages.english();

    private Finding only(Email e) {
        List<Finding> f = run(detector, e);
        assertThat(f).hasSize(1);
        return f.get(0);
    }

    @Test
    void aHiddenBareIpAddressFires() {
        Email e = html("Bank <x@bank.example>", "<a href=\"http://192.0.2.44/secure/login.php\">Sign in</a>");
        Finding f = only(e);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(words(e, List.of(f), Kind.SUSPICIOUS_LINK)).containsExactly("Sign in");
        assertThat(messages.join(f.explanation())).contains("The link goes to a number (192.0.2.44) instead of a name.");
        assertThat(messages.join(f.evidence())).contains("http://192.0.2.44/secure/login.php");
    }

    @Test
    void anAddressInPlainSightIsOnlyAWeakSign() {
        assertThat(only(paste("My test server is at http://198.51.100.7:8080/app for now.")).severity())
                .isEqualTo(Severity.CAUTION);
    }

    @Test
    void aNameBeforeAnAtSignFires() {
        Email e = html("PayPal <x@pp.example>", "<a href=\"http://paypal.com@evil.example.xyz/login\">Log in</a>");
        Finding f = only(e);
        assertThat(f.severity()).isEqualTo(Severity.DANGER);
        assertThat(messages.join(f.explanation())).contains("The link starts with paypal.com,")
                .contains("It really goes to evil.example.xyz.");
    }

    @Test
    void shortenersFireStrongerWhenHiddenBehindWords() {
        Finding hidden = only(html("Prize <x@prize.example>", "<a href=\"https://bit.ly/3xYzAbc\">Claim now</a>"));
        assertThat(hidden.severity()).isEqualTo(Severity.WARNING);
        assertThat(messages.join(hidden.explanation())).contains("The link uses bit.ly");
        Finding shown = only(paste("The slides are here: https://tinyurl.com/abc123 see you tomorrow"));
        assertThat(shown.severity()).isEqualTo(Severity.CAUTION);
    }

    @Test
    void pagesOnFreeHostingFire() {
        Finding hidden = only(html("Docs <x@docs.example>",
                "<a href=\"https://storage.googleapis.com/bucket-77/index.html#you@example.com\">View document</a>"));
        assertThat(hidden.severity()).isEqualTo(Severity.WARNING);
        assertThat(messages.join(hidden.explanation())).contains("The link goes to a page on storage.googleapis.com.");
        Finding shown = only(paste("My slides: https://my-talk.netlify.app/ enjoy"));
        assertThat(shown.severity()).isEqualTo(Severity.CAUTION);
    }

    @Test
    void downloadsOfProgramsAndArchivesFire() {
        Finding program = only(html("Invoice <x@billing.example>",
                "<a href=\"https://files.example.net/download/Invoice_2024.pdf.exe?id=3\">View invoice</a>"));
        assertThat(program.severity()).isEqualTo(Severity.WARNING);
        assertThat(messages.join(program.explanation())).contains("(.exe)");
        Finding archive = only(html("Invoice <x@billing.example>",
                "<a href=\"https://files.example.net/docs/invoice.zip\">Download</a>"));
        assertThat(archive.severity()).isEqualTo(Severity.CAUTION);
    }

    @Test
    void scriptAndDataLinksFire() {
        Finding f = only(html("x <x@x.example>",
                "<a href=\"javascript:alert(1)\">Open</a> <a href=\"data:text/html;base64,PGgxPkhpPC9oMT4=\">View</a>"));
        assertThat(f.spans()).hasSize(2);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aNewsletterFullOfOrdinaryLinksIsQuiet() {
        Email e = html("Shop <news@shop.example>",
                "<a href=\"https://click.shop.example/c/1\">Sale</a>"
                        + "<a href=\"https://shop.us12.list-manage.com/track/click?u=1&id=2\">Shoes</a>"
                        + "<a href=\"https://ct.sendgrid.net/ls/click?upn=abc\">Read more</a>"
                        + "<a href=\"https://www.shop.example/go/www.partner.com\">Partner</a>"
                        + "<a href=\"https://cran.r-project.org/src/contrib/xfun_0.49.tar.gz\">source</a>"
                        + "<a href=\"mailto:help@shop.example\">help@shop.example</a>"
                        + "<a href=\"https://www.shop.example/unsubscribe?u=42\">Unsubscribe</a>");
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void fileEndingsAreReadFromThePathOnly() {
        assertThat(SuspiciousLinkDetector.fileEnding("/a/b/setup.exe?x=1#y")).isEqualTo("exe");
        assertThat(SuspiciousLinkDetector.fileEnding("/a/b/")).isEmpty();
        assertThat(SuspiciousLinkDetector.fileEnding("/a/file%2Escr")).isEqualTo("scr");
        assertThat(SuspiciousLinkDetector.fileEnding("/.htaccess")).isEmpty();
    }
}
