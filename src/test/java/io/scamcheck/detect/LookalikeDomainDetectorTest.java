package io.scamcheck.detect;

import io.scamcheck.i18n.Messages;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.detect.LinkTextMismatchDetectorTest.html;
import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

/** Uses Microsoft, the brand every version of brands.tsv lists, so the tests hold as the file grows. */
class LookalikeDomainDetectorTest {
    private final LookalikeDomainDetector detector = new LookalikeDomainDetector();
    private final Messages messages = Messages.english();

    @Test
    void aSenderWithLookAlikeLettersFires() {
        Email e = eml("From: Microsoft Account Team <security@rnicrosoft.com>\nTo: you@example.com\n"
                + "Subject: Unusual sign-in\n\nWe noticed a sign-in.\n");
        List<Finding> f = run(detector, e);
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.DANGER);
        assertThat(words(e, f, Kind.LOOKALIKE_DOMAIN)).containsExactly("rnicrosoft.com");
        assertThat(messages.join(f.get(0).explanation()))
                .contains("rnicrosoft.com looks like microsoft.com, the address of Microsoft.");
        assertThat(messages.join(f.get(0).evidence())).contains("From: security@rnicrosoft.com");
    }

    @Test
    void homographsFromAnotherAlphabetFire() {
        // "microsоft" with a Cyrillic о, as a link target in punycode and in Unicode
        String punycode = java.net.IDN.toASCII("micr\u043esoft.com");
        assertThat(punycode).startsWith("xn--");
        Email e = html("Team <team@notice.example>", "<a href=\"https://login." + punycode + "/\">Sign in</a>");
        List<Finding> f = run(detector, e);
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.DANGER);
        assertThat(messages.join(f.get(0).explanation())).contains("the address of Microsoft");
        Email unicode = html("Team <team@notice.example>", "<a href=\"https://micr\u043esoft.com/\">Account</a>");
        assertThat(run(detector, unicode)).singleElement().extracting(Finding::severity).isEqualTo(Severity.DANGER);
        // Greek letters inside a Latin name, imitating nobody in particular: still a trick
        Email mixed = html("Team <team@notice.example>", "<a href=\"https://b\u03bfoking-c\u03bfnfirm.com/\">Booking</a>");
        assertThat(messages.join(run(detector, mixed).get(0).explanation())).contains("mixes letters from different alphabets");
    }

    @Test
    void theCompanyInFrontOfSomeoneElsesDomainFires() {
        Email e = html("Team <team@notice.example>",
                "<p>Please <a href=\"https://microsoft.com.account-verify.example.top/login\">sign in</a> now.</p>");
        List<Finding> f = run(detector, e);
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.DANGER);
        assertThat(words(e, f, Kind.LOOKALIKE_DOMAIN)).containsExactly("sign in");
        assertThat(messages.join(f.get(0).explanation()))
                .contains("The real owner of microsoft.com.account-verify.example.top is example.top.");
    }

    @Test
    void theCompanyNameInsideABoughtNameFires() {
        Email e = html("Team <team@notice.example>", "<a href=\"https://micros0ft-support-desk.xyz/\">Help</a>");
        List<Finding> f = run(detector, e);
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(messages.join(f.get(0).explanation())).contains("has the name Microsoft in it");
    }

    @Test
    void aTypoOfTheCompanysNameFires() {
        Email e = eml("From: Support <help@micosoft.com>\nTo: you@example.com\nSubject: x\n\nHello\n");
        assertThat(messages.join(run(detector, e).get(0).explanation()))
                .contains("micosoft.com is almost microsoft.com");
    }

    @Test
    void aLinkATypoAwayFromACompanyCountsOnlyWhenTheMessageNamesThatCompany() {
        Email named = html("Team <team@notice.example>",
                "<p>Your Microsoft account needs a check.</p><a href=\"https://micosoft.com/verify\">Check</a>");
        assertThat(words(named, run(detector, named), Kind.LOOKALIKE_DOMAIN)).containsExactly("Check");

        Email other = html("Team <team@notice.example>",
                "<p>Our spring catalogue is out.</p><a href=\"https://micosoft.com/verify\">Look</a>");
        assertThat(run(detector, other)).isEmpty();

        Email sender = eml("From: Support <help@micosoft.com>\nTo: you@example.com\nSubject: x\n\nOur catalogue.\n");
        assertThat(run(detector, sender)).hasSize(1);
    }

    @Test
    void theCompanysOwnAndOrdinaryAddressesAreQuiet() {
        Email e = eml("From: Microsoft <account-security-noreply@accountprotection.microsoft.com>\n"
                + "Reply-To: no-reply@microsoft.com\nTo: you@example.com\nSubject: x\nMIME-Version: 1.0\n"
                + "Content-Type: text/html\n\n<a href=\"https://login.microsoftonline.com/\">login.microsoftonline.com</a>"
                + "<a href=\"https://www.office.com/\">Office</a><a href=\"https://www.officedepot.com/\">Office Depot</a>"
                + "<a href=\"https://home-office-supplies.example/\">Desks</a><a href=\"https://windows-repair.example/\">Windows</a>"
                + "<a href=\"https://r-project.org/\">R</a>\n");
        assertThat(run(detector, e)).isEmpty();
    }
}
