package io.scamcheck.intake;

import io.scamcheck.model.Email;
import io.scamcheck.model.Forwarded;
import io.scamcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ForwardedTest {
    private static final String ORIGINAL = """
            -----Original Message-----
            From: Support Team [mailto:help@refund-desk.example]
            Sent: Monday, May 18, 2020 10:02 AM
            To: Pat <pat@example.com>
            Subject: Your refund

            We owe you $349. Install AnyDesk so we can send it.
            """;

    @Test
    void aReplyQuotingTheMessageItAnswersIsNotAForward() {
        Email e = Fixtures.eml("From: Pat <pat@example.com>\nTo: x@example.org\nSubject: RE: Your refund\n"
                + "Date: Mon, 18 May 2020 11:00:00 +0000\n\nNo thanks, I will call my bank.\n\n" + ORIGINAL);
        assertThat(e.forwardedOriginal()).isFalse();
        assertThat(e.body()).startsWith("No thanks").contains("Install AnyDesk");
        assertThat(e.from().orElseThrow().address()).isEqualTo("pat@example.com");
    }

    @Test
    void aForwardWithAnOriginalMessageBlockIsReadAsTheOriginal() {
        Email e = Fixtures.eml("From: Pat <pat@example.com>\nTo: helper@example.org\nSubject: FW: Your refund\n"
                + "Date: Mon, 18 May 2020 11:00:00 +0000\n\nIs this for real?\n\n" + ORIGINAL);
        assertThat(e.forwardedOriginal()).isTrue();
        assertThat(e.from().orElseThrow().address()).isEqualTo("help@refund-desk.example");
        assertThat(e.text()).startsWith("From: Support Team <help@refund-desk.example>\nTo: Pat <pat@example.com>\n"
                + "Subject: Your refund\nDate: Monday, May 18, 2020 10:02 AM\n\nWe owe you $349.");
        Forwarded f = e.forwarded().orElseThrow();
        assertThat(f.how()).isEqualTo(Forwarded.How.INLINE);
        assertThat(f.forwarder()).isEqualTo("Pat <pat@example.com>");
        assertThat(f.outerText()).isEqualTo("Is this for real?");
        assertThat(e.notes()).extracting(t -> t.key()).containsExactly("intake.note.forwarded-by");
        assertThat(e.hasHeaders()).isTrue();
    }

    @Test
    void pastedTextHoldingAnOriginalMessageIsReadAsTheOriginal() {
        Email e = Fixtures.paste("Grandma got this:\n\n" + ORIGINAL);
        assertThat(e.forwardedOriginal()).isTrue();
        assertThat(e.subject()).contains("Your refund");
        assertThat(e.hasHeaders()).isTrue();
        assertThat(e.notes()).extracting(t -> t.key()).containsExactly("intake.note.forwarded");
    }

    @Test
    void headerLinesCopiedAboveAMessageAreItsHeadersNotAForward() {
        Email e = Fixtures.paste("From: Support Team <help@refund-desk.example>\nSent: Monday, May 18, 2020\n"
                + "To: Pat\nSubject: Your refund\n\nWe owe you $349.\n");
        assertThat(e.forwardedOriginal()).isFalse();
        assertThat(e.from().orElseThrow().address()).isEqualTo("help@refund-desk.example");
        assertThat(e.body()).isEqualTo("We owe you $349.\n");
    }

    @Test
    void aBounceCarryingTheReturnedMessageIsNotAForward() {
        Email e = Fixtures.eml("""
                From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
                To: pat@example.com
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain

                Your message could not be delivered.
                --b
                Content-Type: message/rfc822

                From: pat@example.com
                To: nobody@example.org
                Subject: Hello

                Hi there.
                --b--
                """);
        assertThat(e.forwardedOriginal()).isFalse();
        assertThat(e.body()).contains("could not be delivered").doesNotContain("Hi there");
        assertThat(e.attachments()).singleElement().satisfies(a -> {
            assertThat(a.contentType()).isEqualTo("message/rfc822");
            assertThat(a.name()).isEqualTo("Hello");
        });
    }
}
