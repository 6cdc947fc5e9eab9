package io.scamcheck.detect;

import io.scamcheck.model.Email;
import io.scamcheck.testing.DetectorProbe;
import io.scamcheck.testing.DetectorRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedChargeDetectorTest {
    private final UnexpectedChargeDetector detector = new UnexpectedChargeDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.UNEXPECTED_CHARGE);

    @Test
    void fakeRenewalWithAPhoneNumberToCancel() {
        DetectorRun f = probe.on("""
                Your antivirus subscription will renew today for $399.99.
                If you did not authorize this purchase, call our billing team at +1 (808) 555-0199 within 24 hours.
                """);
        assertThat(f.words()).containsExactly(
                "subscription will renew", "If you did not authorize this purchase",
                "call our billing team at +1 (808) 555-0199 within 24 hours");
        assertThat(f.first().severity()).isEqualTo(Severity.WARNING);
        assertThat(f.factKeys()).contains("fact.unexpected-charge.renewal");
    }

    @Test
    void parcelHeldForASmallFee() {
        DetectorRun f = probe.on("""
                Your parcel could not be delivered because the address was incomplete.
                Please pay the redelivery fee of $1.99 to schedule a new delivery.
                """);
        assertThat(f.words()).containsExactly("pay the redelivery fee");
        assertThat(f.factKeys()).contains("fact.unexpected-charge.delivery");
    }

    @Test
    void surpriseTaxRefund() {
        DetectorRun f = probe.on(
                "Tax Report: your refund of $812.40 is ready. Fill in the attached form to receive it.");
        assertThat(f.words()).containsExactly("your refund of $812.40");
        assertThat(f.factKeys()).contains("fact.unexpected-charge.refund");
    }

    @Test
    void realReceiptIsQuiet() {
        assertThat(probe.findings("""
                Thank you for your order!
                Order total: $42.10, charged to your Visa ending in 1234.
                Your package will ship in 2 days. Track it any time in your account.
                """)).isEmpty();
    }

    @Test
    void honestRenewalNoticeWithoutAPhoneTrickIsQuiet() {
        assertThat(probe.findings("""
                Your membership will be renewed on 1 March for $49. You can change or cancel it at any time in
                your account settings on our website.
                """)).isEmpty();
    }

    @Test
    void freeTrialThatWillNotChargeIsQuiet() {
        assertThat(probe.findings(
                "You will not be charged until your free trial ends. Cancel any time in the app.")).isEmpty();
    }

    @Test
    void bounceIsQuiet() {
        assertThat(probe.findings("""
                Delivery has failed to these recipients or groups:
                bob@example.com
                The recipient's mailbox is full and can't accept messages now.
                """)).isEmpty();
    }

    @Test
    void aReceiptSentToAHiddenListOfPeople() {
        Email e = io.scamcheck.testing.Fixtures.eml("From: Katelyn Scott <kscott@zyfa.example>\n"
                + "To: Undisclosed recipients:;\nSubject: Confirmation: Your Purchase of PHOGKNWA Has Been Processed"
                + " Successfully\nDate: Thu, 12 Feb 2026 19:42:51 +0000\n\n"
                + "Confirmation: Your Purchase of PHOGKNWA Has Been Processed Successfully\n");
        DetectorRun f = probe.on(e);
        assertThat(f.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(f.factKeys()).contains("fact.unexpected-charge.hidden-list");
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
