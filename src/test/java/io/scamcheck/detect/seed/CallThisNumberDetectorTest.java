package io.scamcheck.detect.seed;

import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.i18n.Text;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class CallThisNumberDetectorTest {
    private final CallThisNumberDetector detector = new CallThisNumberDetector();

    @Test
    void findsTheSeedPleaFromTheVerbToTheNumberAndSaysItIsTollFree() {
        Email e = paste("If this was not You and would like to Reinstate the Windows License, Please call MS Support "
                + "Team at 1-844-286-1916 for further help.\n\nMicrosoft Support\n1 844 286 1916\n");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.CALL_THIS_NUMBER)).containsExactly("call MS Support Team at 1-844-286-1916");
        Finding finding = f.get(0);
        assertThat(finding.explanation()).contains(Text.of("fact.call.toll-free", "844"),
                Text.of("fact.call.microsoft"));
        assertThat(finding.evidence()).containsExactly(Text.of("evidence.phone-number", "+18442861916", "toll-free"));
    }

    @Test
    void findsAnUnauthorisedChargeAndAPremiumRateNumber() {
        Email e = paste("You have won new windows for your house in our monthly draw! To claim your prize call 1-900-420-3377 today.");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.CALL_THIS_NUMBER)).containsExactly("call 1-900-420-3377");
        assertThat(f.get(0).explanation()).contains(Text.of("fact.call.premium-rate", "900"))
                .doesNotContain(Text.of("fact.call.microsoft"));

        Email charge = paste("Your card was charged $499.99 for Geek Squad Protection.\n"
                + "If you did not authorize this charge, contact our billing department at +1 (888) 410-2236.");
        assertThat(words(charge, run(detector, charge), Kind.CALL_THIS_NUMBER))
                .containsExactly("contact our billing department at +1 (888) 410-2236");
    }

    @Test
    void aFakeInvoiceFromAnotherDomainCountsWhenItAsksToCallToCancel() {
        Email e = eml("From: Billing Team <billing@renew-center.example>\nTo: you@example.com\n"
                + "Subject: Your Norton order\n\n"
                + "Your Norton 360 plan will renew today for $299.99.\n"
                + "To cancel this renewal, call us at 1-888-410-2236.\n");
        assertThat(words(e, run(detector, e), Kind.CALL_THIS_NUMBER)).containsExactly("call us at 1-888-410-2236");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a bank letter pasted: a contact line and a signature
            "Your April statement is ready to view online.\nQuestions? Call us at 1-800-935-9935.\n\n"
                    + "Customer Service\n1-800-935-9935",
            // a signature with a phone line
            "Thanks for the meeting today.\n\nBest regards,\nJane Smith\nAccount Manager, Acme Corp\n"
                    + "Phone: (617) 253-1000",
            // a friend's note
            "If you have any problems with the car, call me at 617-253-1000. I am home all day.",
            // a shop: cancelling an order is an everyday reason, and nothing names a company that did not send it
            "Thank you for your order. To cancel your order, call us at 1-800-410-2236 before it ships.",
            // a number nobody is asked to call
            "The reservation number is 1-844-286-1916 and your table is for 7 pm."
    })
    void staysQuietOnOrdinaryText(String message) {
        assertThat(run(detector, paste(message))).isEmpty();
    }

    @Test
    void mailReallyFromTheCompanyIsLeftAlone() {
        Email e = eml("From: Chase <no.reply.alerts@chase.com>\nTo: you@example.com\nSubject: Card alert\n\n"
                + "A charge of $84.20 was made at a gas station. If you did not make this purchase, "
                + "call us at 1-800-432-3117.\n");
        assertThat(run(detector, e)).isEmpty();
    }
}
