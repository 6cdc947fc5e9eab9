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

class LinkTextMismatchDetectorTest {
    private final LinkTextMismatchDetector detector = new LinkTextMismatchDetector();
    private final Messages messages = Messages.english();

    static Email html(String from, String body) {
        return eml("From: " + from + "\nTo: you@example.com\nSubject: Notice\nDate: Mon, 6 May 2024 10:00:00 +0000\n"
                + "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<html><body>" + body
                + "</body></html>\n");
    }

    @Test
    void aLinkShowingOneAddressAndLeadingToAnotherFires() {
        Email e = html("Bank <notice@bank-notice.example>",
                "<p>Sign in at <a href=\"http://secure-login.example.xyz/verify\">www.mybank.com</a> today.</p>");
        List<Finding> f = run(detector, e);
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(words(e, f, Kind.LINK_TEXT_MISMATCH)).containsExactly("www.mybank.com");
        assertThat(messages.join(f.get(0).explanation()))
                .contains("The link shows www.mybank.com, but it really leads to secure-login.example.xyz.");
        assertThat(messages.join(f.get(0).evidence())).contains("http://secure-login.example.xyz/verify");
    }

    @Test
    void showingAKnownCompanysAddressIsDanger() {
        Email e = html("Support <help@desk.example>",
                "<a href=\"https://account-check.example.top/ms\">https://account.microsoft.com/security</a>");
        assertThat(run(detector, e)).singleElement().extracting(Finding::severity).isEqualTo(Severity.DANGER);
    }

    @Test
    void anEmailAddressThatWritesToSomeoneElseFires() {
        Email e = html("Security <alerts@service.example>",
                "<p>Questions? Write to <a href=\"mailto:recovery.team77@gmail.com?subject=Help\">support@mybank.com</a></p>");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.LINK_TEXT_MISMATCH)).containsExactly("support@mybank.com");
        assertThat(messages.join(f.get(0).explanation()))
                .contains("The link shows support@mybank.com, but a click on it starts an email to recovery.team77@gmail.com.");
    }

    @Test
    void wordsThatAreNotAnAddressNeverCount() {
        Email e = html("Shop <news@shop.example>",
                "<a href=\"https://elsewhere.example/x\">Read more</a> <a href=\"https://elsewhere.example/y\">Read.more</a>"
                        + " <a href=\"https://elsewhere.example/z\">Click here</a>");
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void aNewsletterWithTrackingLinksIsQuiet() {
        Email e = html("Shop News <news@shop.example>",
                // the shop's own click counter on its own domain
                "<a href=\"https://click.shop.example/c/abc123\">www.shop.example</a>"
                        // a known mail service's click counter
                        + "<a href=\"https://shop.us12.list-manage.com/track/click?u=1&id=2\">www.partner.example</a>"
                        // a redirect that carries the shown address inside it
                        + "<a href=\"https://t.tracker.example/r?url=https%3A%2F%2Fwww.partner.example%2Fsale\">www.partner.example</a>"
                        // the sender's own counter in front of another site's address
                        + "<a href=\"https://links.shop.example/u/xyz\">www.magazine.example</a>"
                        // the same company under another ending
                        + "<a href=\"https://www.shop.co.uk/\">shop.example</a>"
                        // a counter on a company's own link domain, recognised by its path
                        + "<a href=\"https://email.partner-mail.example/ls/click?upn=abc\">www.partner.example</a>"
                        // a picture's address as words
                        + "<a href=\"https://www.partner.example/\">https://img.cdn.example/logo.png</a>");
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void plainTextLinksShowThemselves() {
        assertThat(run(detector, paste("See https://www.example.org/page and www.example.com for more."))).isEmpty();
    }

    @Test
    void aLookalikeHostCarryingTheShownNameIsNotExcused() {
        Email e = html("Bank <notice@bank-notice.example>",
                "<a href=\"http://mybank.com.verify-session.top/login\">www.mybank.com</a>");
        assertThat(run(detector, e)).hasSize(1);
    }
}
