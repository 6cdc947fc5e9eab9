package io.scamcheck.detect;

import io.scamcheck.i18n.Messages;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class ReplyToMismatchDetectorTest {
    private final ReplyToMismatchDetector detector = new ReplyToMismatchDetector();
    private final Messages messages = Messages.english();

    private static Email message(String from, String replyTo, String to, String extra) {
        return eml("From: " + from + "\n" + (replyTo == null ? "" : "Reply-To: " + replyTo + "\n")
                + "To: " + to + "\n" + extra + "Subject: Hello\nDate: Mon, 6 May 2024 10:00:00 +0000\n\nHello.\n");
    }

    @Test
    void aCompanyWhoseRepliesGoToFreeWebmailFires() {
        Email e = message("\"Claims Department\" <claims@insurer-payouts.example>", "claims.desk2024@gmail.com",
                "you@example.com", "");
        List<Finding> f = run(detector, e);
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(words(e, f, Kind.REPLY_TO_MISMATCH))
                .containsExactly("Claims Department <claims@insurer-payouts.example>");
        String text = messages.join(f.get(0).explanation());
        assertThat(text).contains("It says it is from claims@insurer-payouts.example, but replies go to"
                + " claims.desk2024@gmail.com.").contains("gmail.com is a free email service");
        assertThat(messages.join(f.get(0).evidence())).contains("Reply-To: claims.desk2024@gmail.com");
    }

    @Test
    void oneWebmailAccountAnsweredByAnotherPersonsFires() {
        Email e = message("Barrister James <j.williams.chambers@yahoo.com>", "private.desk.williams@outlook.com",
                "you@example.com", "");
        assertThat(run(detector, e)).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        Email sameService = message("Mr Lee <lee.office@gmail.com>", "fund.release.agent@gmail.com",
                "you@example.com", "");
        assertThat(run(detector, sameService)).singleElement().extracting(Finding::severity)
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void aBrokenFromLineStillNamesTheSender() {
        // Scam mail breaks the From line on purpose; a strict reading would see a name with no address.
        Email e = message("Facebook ,_<yxvr6@sender-host.example>", "ssecnews.team@gmail.com", "you@example.com", "");
        List<Finding> f = run(detector, e);
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(messages.join(f.get(0).explanation())).contains("It says it is from yxvr6@sender-host.example");
        assertThat(MailFacts.sender(e).orElseThrow().displayName()).isEqualTo("Facebook");
    }

    @Test
    void anotherCompanyDomainIsOnlyAWeakSign() {
        Email e = message("The Motley Fool <fool@motleyfool.example>", "Otto <otto@fool.example>",
                "you@example.com", "");
        assertThat(run(detector, e)).singleElement().extracting(Finding::severity).isEqualTo(Severity.CAUTION);
    }

    @Test
    void aMailingListPostWithRepliesToTheListIsQuiet() {
        Email e = message("Ann Smith <ann@university.example>", "r-help@r-project.org", "r-help@r-project.org",
                "List-Id: Main R Mailing List <r-help.r-project.org>\nList-Post: <mailto:r-help@r-project.org>\n");
        assertThat(run(detector, e)).isEmpty();
        // An old list without List-Id: replies go to the address the message was openly sent to.
        Email group = message("Bob <bob@company.example>", "\"DNS-swap\" <dns-swap@lists.example.au>",
                "<dns-swap@lists.example.au>", "");
        assertThat(run(detector, group)).isEmpty();
    }

    @Test
    void aReceiptFromARealCompanyIsQuiet() {
        Email receipt = message("\"Amazon.com\" <auto-confirm@amazon.com>", "no-reply@amazon.com",
                "you@example.com", "");
        assertThat(run(detector, receipt)).isEmpty();
        Email subdomain = message("Shop <news@mail.shop.example>", "support@shop.example", "you@example.com", "");
        assertThat(run(detector, subdomain)).isEmpty();
        Email country = message("Shop <news@shop.example>", "service@shop.co.uk", "you@example.com", "");
        assertThat(run(detector, country)).isEmpty();
        Email none = message("Shop <news@shop.example>", null, "you@example.com", "");
        assertThat(run(detector, none)).isEmpty();
        Email same = message("Ann <ann@gmail.com>", "ann@gmail.com", "you@example.com", "");
        assertThat(run(detector, same)).isEmpty();
    }

    @Test
    void theSamePersonsOtherWebmailIsOnlyAWeakSign() {
        Email e = message("John Smith <john.smith@gmail.com>", "johnsmith@yahoo.com", "you@example.com", "");
        assertThat(run(detector, e)).singleElement().extracting(Finding::severity).isEqualTo(Severity.CAUTION);
    }

    @Test
    void theBodyAsksForAnAnswerAtAnotherFreeAccount() {
        for (String body : List.of("I'll reply to You my photo;)\nWrite at cuasperweahlgren92@gmail.com\nHave a good day",
                "I have been trying to reach you. Email me for details: sgtmonicabl@gmail.com\n\nMonica",
                "Kindly contact me on my private email: barr.james.office@outlook.com for more.")) {
            Email e = io.scamcheck.testing.Fixtures.eml("From: Darya <support@fashiongroup.example>\n"
                    + "To: you@example.com\nSubject: Hello\n\n" + body + "\n");
            List<Finding> f = run(detector, e);
            assertThat(f).as(body).extracting(Finding::severity).containsExactly(Severity.WARNING);
            assertThat(f.get(0).explanation()).extracting(t -> t.key()).contains("fact.reply-to.body-address");
        }
    }

    @Test
    void aFriendsOtherAddressOrACompanyHelpDeskIsQuiet() {
        Email same = io.scamcheck.testing.Fixtures.eml("From: Ann Lee <annlee@work.example>\nTo: you@example.com\n"
                + "Subject: Holiday\n\nI am off next week; write to me at annlee@gmail.com if it is urgent.\n");
        assertThat(run(detector, same)).isEmpty();
        Email desk = io.scamcheck.testing.Fixtures.eml("From: Shop <orders@shop.example>\nTo: you@example.com\n"
                + "Subject: Order\n\nQuestions? Contact us at help@shop-support.example.\n");
        assertThat(run(detector, desk)).isEmpty();
        Email self = io.scamcheck.testing.Fixtures.eml("From: Bob <bob.m@gmail.com>\nTo: you@example.com\n"
                + "Subject: Hi\n\nReply to bob.m@gmail.com, not to the old address.\n");
        assertThat(run(detector, self)).isEmpty();
    }
}
