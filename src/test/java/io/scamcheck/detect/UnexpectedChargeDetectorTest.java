package io.scamcheck.detect;

import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedChargeDetectorTest {
    private final UnexpectedChargeDetector detector = new UnexpectedChargeDetector();

    private static List<String> facts(List<Finding> f) {
        return f.get(0).explanation().stream().map(t -> t.key()).toList();
    }

    @Test
    void fakeRenewalWithAPhoneNumberToCancel() {
        Email e = paste("""
                Your antivirus subscription will renew today for $399.99.
                If you did not authorize this purchase, call our billing team at +1 (808) 555-0199 within 24 hours.
                """);
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.UNEXPECTED_CHARGE)).containsExactly(
                "subscription will renew", "If you did not authorize this purchase",
                "call our billing team at +1 (808) 555-0199 within 24 hours");
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(facts(f)).contains("fact.unexpected-charge.renewal");
    }

    @Test
    void parcelHeldForASmallFee() {
        Email e = paste("""
                Your parcel could not be delivered because the address was incomplete.
                Please pay the redelivery fee of $1.99 to schedule a new delivery.
                """);
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.UNEXPECTED_CHARGE)).containsExactly("pay the redelivery fee");
        assertThat(facts(f)).contains("fact.unexpected-charge.delivery");
    }

    @Test
    void surpriseTaxRefund() {
        Email e = paste("Tax Report: your refund of $812.40 is ready. Fill in the attached form to receive it.");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.UNEXPECTED_CHARGE)).containsExactly("your refund of $812.40");
        assertThat(facts(f)).contains("fact.unexpected-charge.refund");
    }

    @Test
    void realReceiptIsQuiet() {
        Email e = paste("""
                Thank you for your order!
                Order total: $42.10, charged to your Visa ending in 1234.
                Your package will ship in 2 days. Track it any time in your account.
                """);
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void honestRenewalNoticeWithoutAPhoneTrickIsQuiet() {
        Email e = paste("""
                Your membership will be renewed on 1 March for $49. You can change or cancel it at any time in
                your account settings on our website.
                """);
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void freeTrialThatWillNotChargeIsQuiet() {
        Email e = paste("You will not be charged until your free trial ends. Cancel any time in the app.");
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void bounceIsQuiet() {
        Email e = paste("""
                Delivery has failed to these recipients or groups:
                bob@example.com
                The recipient's mailbox is full and can't accept messages now.
                """);
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void aReceiptSentToAHiddenListOfPeople() {
        Email e = io.scamcheck.testing.Fixtures.eml("From: Katelyn Scott <kscott@zyfa.example>\n"
                + "To: Undisclosed recipients:;\nSubject: Confirmation: Your Purchase of PHOGKNWA Has Been Processed"
                + " Successfully\nDate: Thu, 12 Feb 2026 19:42:51 +0000\n\n"
                + "Confirmation: Your Purchase of PHOGKNWA Has Been Processed Successfully\n");
        List<Finding> f = run(detector, e);
        assertThat(f).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(facts(f)).contains("fact.unexpected-charge.hidden-list");
    }

    @Test
    void aReceiptSentToYouByNameIsQuiet() {
        Email e = io.scamcheck.testing.Fixtures.eml("From: Shop <orders@shop.example>\n"
                + "To: Ann Lee <ann@example.com>\nSubject: Your order of 2 items has been processed\n"
                + "Date: Thu, 12 Feb 2026 19:42:51 +0000\n\nHi Ann, your order of 2 items has been processed. "
                + "Order total: $23.10. It ships tomorrow.\n");
        assertThat(run(detector, e)).isEmpty();
    }
}
