package io.scamcheck.detect;

import io.scamcheck.i18n.Messages;
import io.scamcheck.model.Email;
import io.scamcheck.testing.DetectorProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class SentFromYourAccountDetectorTest {
    private final SentFromYourAccountDetector detector = new SentFromYourAccountDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.SENT_FROM_YOUR_ACCOUNT);

    @Test
    void firstPersonClaim() {
        assertThat(probe.words("As you may have noticed, I sent you this email from your account."))
                .containsExactly("I sent you this email from your account");
    }

    @Test
    void contractedAndWritingForms() {
        assertThat(probe.words("I've sent you this letter from your account."))
                .containsExactly("I've sent you this letter from your account");
        assertThat(probe.words("I am writing to you from your own mailbox, as you can see."))
                .containsExactly("I am writing to you from your own mailbox");
    }

    @Test
    void passiveClaim() {
        assertThat(probe.words("Look closely: this message was sent from your own mailbox."))
                .containsExactly("this message was sent from your own mailbox");
        assertThat(probe.words("The sender address is your own address, check it."))
                .containsExactly("sender address is your own address");
    }

    @Test
    void sameSenderAndRecipientIsAddedAsEvidence() {
        Email e = eml("""
                From: jane.doe@example.org
                To: Jane Doe <jane.doe@example.org>
                Subject: Security notice
                Content-Type: text/plain; charset=utf-8

                Hello! I wrote this letter from your account, so I have full access.
                """);
        List<Finding> found = run(detector, e);
        assertThat(words(e, found, Kind.SENT_FROM_YOUR_ACCOUNT))
                .containsExactly("jane.doe@example.org", "I wrote this letter from your account");
        Messages m = Messages.english();
        assertThat(m.join(found.get(0).explanation())).contains("sender line of this email does show your own address");
        assertThat(m.join(found.get(0).evidence())).contains("jane.doe@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "You can send email from your own address using our app.",
        "Always check the sender address before you click a link.",
        "A message was sent to your account about your order.",
        "Scammers claim this email was sent from your account. It was not.",
    })
    void legitimateSentencesAreQuiet(String text) {
        assertThat(probe.words(text)).isEmpty();
    }

    @Test
    void sameAddressAloneIsNotAFinding() {
        Email e = eml("""
                From: me@example.org
                To: me@example.org
                Subject: note to self
                Content-Type: text/plain; charset=utf-8

                Buy milk.
                """);
        assertThat(run(detector, e)).isEmpty();
    }
}
