package io.scamcheck.detect;

import io.scamcheck.i18n.Messages;
import io.scamcheck.model.Email;
import io.scamcheck.testing.DetectorProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

class PasswordShownDetectorTest {
    private final PasswordShownDetector detector = new PasswordShownDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.PASSWORD_SHOWN);

    @Test
    void passwordAfterTheClaimIsPartOfTheSpan() {
        assertThat(probe.words("Hi. I know your password: sunflower1987. I hacked your phone and recorded you."))
                .containsExactly("I know your password: sunflower1987");
    }

    @Test
    void passwordBeforeTheClaim() {
        assertThat(probe.words("I am aware that Tr0ub4dor&3 is one of your passwords. Lets get straight to the point."))
                .containsExactly("Tr0ub4dor&3 is one of your passwords");
        assertThat(probe.words("I know \"qwerty123\" is your password."))
                .containsExactly("\"qwerty123\" is your password");
    }

    @Test
    void yourPasswordIsNeedsBlackmailAround() {
        String blackmail = "Your password is kitten42. I have a video of you, and I want 1000 USD in Bitcoin.";
        assertThat(probe.words(blackmail)).containsExactly("Your password is kitten42");
        Email e = paste(blackmail);
        Finding f = run(detector, e).get(0);
        assertThat(Messages.english().join(f.evidence())).contains("kitten42");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a new account's first password, from a real service
        "Welcome to the club site! Your username is maria and your password is Xk7pQ2. Please change it after you log in.",
        // a mailing list's monthly reminder
        "This is a reminder of your list membership. Your password is: tomato77. You can visit the list page to unsubscribe.",
        "Your password is incorrect. Please try again.",
        "Your Outlook Express Password Is Not Retained",
        "Your password is case-sensitive and must have eight characters.",
        "Remember: your password was changed on Monday. If this was not you, contact us.",
        "I know your password is hard to remember, so write a hint somewhere safe.",
    })
    void legitimateMessagesAreQuiet(String text) {
        assertThat(probe.words(text)).isEmpty();
    }
}
