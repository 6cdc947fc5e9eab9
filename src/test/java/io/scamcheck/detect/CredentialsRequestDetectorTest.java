package io.scamcheck.detect;

import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class CredentialsRequestDetectorTest {
    private final CredentialsRequestDetector detector = new CredentialsRequestDetector();

    private List<Finding> check(Email e) {
        return run(detector, e);
    }

    @Test
    void walletRecoveryPhraseRequestIsADanger() {
        Email e = paste("""
                Dear customer,
                A data incident may have exposed some wallets. To keep your coins safe, please verify your
                recovery phrase on our secure page today.
                Verify My Recovery Phrase
                """);
        List<Finding> f = check(e);
        assertThat(words(e, f, Kind.CREDENTIALS_REQUEST))
                .containsExactly("verify your\nrecovery phrase", "Verify My Recovery Phrase");
        assertThat(f.get(0).severity()).isEqualTo(Severity.DANGER);
        assertThat(f.get(0).explanation()).extracting(t -> t.key()).contains("fact.credentials-request.wallet");
    }

    @Test
    void mailboxFullLureAsksToLogIn() {
        Email e = paste("""
                Your mailbox is almost full (98%). You may stop receiving messages.
                Please log in to your mailbox now to avoid losing your mail.
                """);
        List<Finding> f = check(e);
        assertThat(words(e, f, Kind.CREDENTIALS_REQUEST))
                .containsExactly("Your mailbox is almost full", "log in to your mailbox now to avoid");
        assertThat(f.get(0).severity()).isEqualTo(Severity.DANGER);
        assertThat(f.get(0).explanation()).extracting(t -> t.key()).contains("fact.credentials-request.mailbox");
    }

    @Test
    void updatePaymentDetailsToKeepAnAccount() {
        Email e = paste("""
                We were unable to process your last payment.
                Please update your payment details within 24 hours or your account will be suspended.
                """);
        List<Finding> f = check(e);
        assertThat(words(e, f, Kind.CREDENTIALS_REQUEST)).containsExactly("update your payment details");
        assertThat(f.get(0).severity()).isEqualTo(Severity.DANGER);
    }

    @Test
    void vagueVerifyAccountWithoutPressureIsAWarning() {
        Email e = paste("Hello, please verify your account using the button below.\nThanks, the team");
        List<Finding> f = check(e);
        assertThat(words(e, f, Kind.CREDENTIALS_REQUEST)).containsExactly("verify your account");
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void passwordByReplyAndSocialSecurityNumber() {
        Email e = paste("To finish the transfer, reply with your password and confirm your social security number.");
        assertThat(words(e, check(e), Kind.CREDENTIALS_REQUEST))
                .containsExactly("reply with your password", "confirm your social security number");
    }

    @Test
    void subjectLineCounts() {
        Email e = eml("""
                From: Wallet Support <support@wallet-help.example>
                To: you@example.org
                Subject: Action required: verify your wallet before Friday

                Click below.
                """);
        assertThat(words(e, check(e), Kind.CREDENTIALS_REQUEST)).containsExactly("verify your wallet");
    }

    @Test
    void negatedRequestsAreNotReported() {
        Email e = paste("""
                Remember: we will never ask you to confirm your password by email, and you should never enter
                your recovery phrase on a website. Ledger does not ask for your 24-word recovery phrase.
                """);
        assertThat(check(e)).isEmpty();
    }

    @Test
    void conditionalNegationIsStillADemand() {
        Email e = paste("If you do not verify your account within 48 hours, it will be closed.");
        assertThat(words(e, check(e), Kind.CREDENTIALS_REQUEST)).containsExactly("verify your account");
    }

    @Test
    void passwordResetYouAskedForIsQuiet() {
        Email e = paste("""
                Hi Sam,
                You recently requested to reset the password for your account. Click the link below to choose a
                new password. This link expires in 24 hours.
                If you did not request a password reset, you can safely ignore this email.
                """);
        assertThat(check(e)).isEmpty();
    }

    @Test
    void signUpConfirmationIsQuiet() {
        Email e = paste("""
                Thanks for signing up for the Garden Club newsletter!
                Please confirm your account by clicking the button below.
                If you did not sign up, just ignore this message.
                """);
        assertThat(check(e)).isEmpty();
    }

    @Test
    void realSecurityNoticeAndHowToArticleAreQuiet() {
        Email notice = paste("""
                We noticed a new sign-in to your account from Chrome on Windows.
                If this was you, you don't need to do anything. If not, review your security settings in the app.
                """);
        Email article = paste("""
                Tip of the week: use a password manager. It stores long random passwords for every site, so you only
                have to remember one. Turn on two-step sign-in wherever you can.
                """);
        assertThat(check(notice)).isEmpty();
        assertThat(check(article)).isEmpty();
    }

    @Test
    void bounceAboutSomeoneElsesFullMailboxIsQuiet() {
        Email e = paste("""
                This message was created automatically by mail delivery software.
                A message that you sent could not be delivered to one or more of its recipients:
                  jane@example.org
                    mailbox is full: retry timeout exceeded
                """);
        assertThat(check(e)).isEmpty();
    }
}
