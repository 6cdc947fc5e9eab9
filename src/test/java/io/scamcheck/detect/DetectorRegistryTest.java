package io.scamcheck.detect;

import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry: detectors in name order with unique names; each one fires on at least one scam below; none
 * fires on the ordinary mail below. A new detector needs a scam here that it catches.
 */
class DetectorRegistryTest {
    static final List<Email> SCAMS = List.of(
            eml("From: \"Microsoft Support\" <support@ms-help.xyz>\nTo: you@example.com\n"
                    + "Subject: Windows License Suspended\n\n"
                    + "We have found instances of child pornography accessed from your IP address & MAC Address.\n"
                    + "IP Address: 206.19.86.255\nMAC Address : A0:95:6D:C7\n\n"
                    + "This is violation of Information Technology Act of 1996. For now we are Cancelling your "
                    + "Windows License, which means stopping all windows activities & updates on your computer.\n\n"
                    + "If this was not You and would like to Reinstate the Windows License, Please call MS Support "
                    + "Team at 1-844-286-1916 for further help.\n\nMicrosoft Support\n1 844 286 1916\n"),
            paste("Your social security number has been used for money laundering. A warrant for your arrest "
                    + "will be issued unless you call 1-888-410-2236 today."),
            eml("From: PayPal <service@paypal-resolution.example>\nTo: you@example.com\nSubject: Payment\n\n"
                    + "A payment of $499.99 was sent from your account. If this was not you, call our billing "
                    + "department at 1-888-410-2236.\n\nThanks,\nThe PayPal Team\n"));

    static final List<Email> ORDINARY = List.of(
            paste("Hi Ann,\n\nLunch on Friday? The printer at 192.168.1.20 is fixed, by the way. My router's MAC "
                    + "address is 00:1A:2B:3C:4D:5E if you need it for the list.\n\nSee you,\nTom"),
            paste("Your April statement is ready to view online. Your payment of $120 is due on 5 May.\n"
                    + "Questions? Call us at 1-800-935-9935.\n\nCustomer Service\n1-800-935-9935"),
            paste("Your Microsoft 365 subscription renews on 5 May. You can turn off automatic renewal in your "
                    + "account at any time."),
            paste("Hi all, on Friday we move everyone to Microsoft 365. Your old Office 2016 licence will be removed "
                    + "automatically, and your Office license will be deactivated when you leave the company. "
                    + "Questions? Call the help desk at 617-253-1000.\n\nIT Service Desk"),
            eml("From: Acme Weekly <news@acmeweekly.example>\nTo: you@example.com\nSubject: This week\n\n"
                    + "Microsoft announced new Windows features this week. A man in Ohio was charged with tax "
                    + "fraud, police said. The Computer Fraud and Abuse Act of 1986 turns 40 soon.\n\n"
                    + "Follow us\nFacebook\nInstagram\n\nThe Acme Weekly team\n"),
            eml("From: Microsoft account team <account-security-noreply@accountprotection.microsoft.com>\n"
                    + "To: you@example.com\nSubject: New sign-in\n\nWe noticed a new sign-in to your Microsoft "
                    + "account.\nIP address: 81.2.69.160\nIf this was you, you can ignore this email.\n\n"
                    + "Thanks,\nThe Microsoft account team\n"),
            paste("Dear Ms. Jones,\n\nThank you for your letter of 3 May. We have reviewed your claim under the "
                    + "Terms And Conditions of your policy, and we are pleased to confirm payment. Please find the "
                    + "details below. If you are accused of fraud by anyone, tell us.\n\nYours sincerely,\n"
                    + "John Smith\nClaims Manager, Acme Insurance Ltd.\nPhone: (617) 253-1000"));

    @Test
    void detectorsAreInNameOrderWithUniqueNames() {
        List<String> names = DetectorRegistry.all().stream().map(Detector::name).toList();
        assertThat(names).isNotEmpty().isSorted().doesNotHaveDuplicates();
    }

    @Test
    void everyDetectorCatchesAtLeastOneScam() {
        for (Detector d : DetectorRegistry.all()) {
            boolean fired = SCAMS.stream().anyMatch(e -> !run(d, e).isEmpty());
            assertThat(fired).as("%s fires on one of the scams", d.name()).isTrue();
        }
    }

    @Test
    void noDetectorFiresOnOrdinaryMail() {
        for (Detector d : DetectorRegistry.all()) {
            for (int i = 0; i < ORDINARY.size(); i++) {
                assertThat(run(d, ORDINARY.get(i))).as("%s on ordinary message %d", d.name(), i).isEmpty();
            }
        }
    }

    @Test
    void theScamsAreJudgedScamsAndTheOrdinaryMailIsNot() {
        Set<String> verdicts = new HashSet<>();
        for (Email e : SCAMS) {
            verdicts.add(Analyzer.standard().analyze(e).verdict().verdict().id());
        }
        assertThat(verdicts).containsOnly("likely-scam");
        for (Email e : ORDINARY) {
            assertThat(Analyzer.standard().analyze(e).verdict().verdict().id()).isEqualTo("no-signs-found");
        }
    }
}
