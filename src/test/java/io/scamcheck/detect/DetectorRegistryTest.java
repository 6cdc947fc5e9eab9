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
            // a login alert with a capital I for the small l in "log in"
            eml("From: Facebook <security@fb-alerts.example>\nTo: you@example.com\n"
                    + "Subject: Someone tried to Iog in To Your Account\n\n"
                    + "A user just tried to Iog in to your Facebook account from a new device.\n"
                    + "To keep your account, confirm your password and login details here: http://fb-check.example/\n"
                    + "\nThanks,\nThe Facebook Team\n"),
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
                    + "department at 1-888-410-2236.\n\nThanks,\nThe PayPal Team\n"),
            // sextortion sent "from your own account"
            eml("""
                    From: dana.meyer@example.net
                    To: dana.meyer@example.net
                    Subject: Your account is hacked
                    Content-Type: text/plain; charset=utf-8

                    Hello!

                    I know that blue-otter77 is your password. As you can see, I sent you this email from your account.

                    Some months ago I hacked your device through a link you opened. Since then I have been watching
                    you. I recorded you through your webcam, and I copied your contact list.

                    Make the payment of 1300 USD in Bitcoin within 48 hours. My BTC wallet:
                    bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4

                    Do not tell anyone about this letter. If you go to the police, the video goes to all your contacts.
                    """),
            // tech-support pop-up, pasted
            paste("""
                    WINDOWS DEFENDER SECURITY CENTER

                    Your computer is infected with 5 viruses. Access to this PC has been blocked for security reasons.
                    Do not restart your computer. To unblock it, download AnyDesk and give our technician the code.
                    The service fee of 299 USD is paid with Google Play cards.
                    """),
            // fake police summons
            eml("""
                    From: "Federal Bureau of Investigation" <fbi.cyber.division@gmail.com>
                    To: you@example.com
                    Subject: Summons for case 2024-7731

                    ATTENTION,

                    I am Special Agent Mark Dunn of the Federal Bureau of Investigation, Cyber Crime Division.
                    Your computer was used to view child pornography. A warrant for your arrest will be issued
                    within 72 hours unless you pay the fine of $3,500 in Bitcoin or by gift cards.
                    Do not discuss this case with anyone, or you will be charged with obstruction of justice.
                    """),
            // phishing with a failed check, hidden links and replies to webmail, sent to many
            eml("""
                    Authentication-Results: mx.example.com; spf=fail (sender IP is 203.0.113.9)
                      smtp.mailfrom=paypal.com; dkim=none (message not signed);
                      dmarc=fail action=quarantine header.from=paypal.com
                    Received: from mail.sender.example by mx.example.com; Mon, 6 May 2024 10:00:00 +0000
                    From: PayPal <service@paypal.com>
                    Reply-To: paypal.resolution.desk@gmail.com
                    To: undisclosed-recipients:;
                    Subject: Your account has been limited
                    Date: Mon, 6 May 2024 10:00:00 +0000
                    MIME-Version: 1.0
                    Content-Type: text/html; charset=utf-8

                    <html><body><p>Dear Customer,</p>
                    <p>We were unable to process your last payment. Please update your payment details within
                    24 hours or your account will be suspended.</p>
                    <p><a href="http://203.0.113.50/paypal/signin.php">https://www.paypal.com/signin</a></p>
                    <p>Thank you,<br>PayPal</p></body></html>
                    """),
            // mailbox-full lure from a name that shows a company's web address, with look-alike letters
            eml("""
                    From: "Microsoft.com Account Team" <team@account-alerts.example>
                    To: you@example.com
                    Subject: Mailbox storage

                    Hello you@example.com,

                    Your mailbox is almost full (98%). You may stop receiving messages.
                    Please log in to your mailbox now to avoid losing your mail.
                    \u0421\u043enf\u0456rm\u0430t\u0456\u043en required.
                    """),
            // a boss asking for gift cards
            eml("""
                    From: David Miller <david.miller.ceo@gmail.com>
                    Reply-To: dm.office.private@outlook.com
                    To: you@example.com
                    Subject: Quick favour

                    Are you available? I need a quick favour. I'm in a meeting and can't talk, just reply by email.
                    Buy four Apple gift cards of 100 dollars each for a client, scratch the back and send me the codes.
                    Please keep this between us for now.
                    """),
            // lottery asking for personal details
            eml("""
                    From: International Lottery Board <claims@lotto-award.example>
                    To: undisclosed-recipients:;
                    Subject: Winning notification

                    Dear Beneficiary,

                    Congratulations! Your email address was selected in our international lottery draw.
                    You have won the sum of US$ 2,500,000.00. Claim your prize today.
                    To release your winning payment, kindly send us your full name, home address, phone number
                    and a copy of your passport. Pay the release fee of $250 by Western Union.
                    """),
            // a fake renewal with a program dressed as an invoice
            eml("""
                    From: Billing <billing@invoice-center.example>
                    To: you@example.com
                    Subject: Your subscription renewal
                    MIME-Version: 1.0
                    Content-Type: multipart/mixed; boundary="b1"

                    --b1
                    Content-Type: text/plain; charset=utf-8

                    Your antivirus subscription will renew today for $399.99.
                    If you did not authorize this purchase, call our billing team at +1 (808) 555-0199 within 24 hours.
                    The invoice is attached.
                    --b1
                    Content-Type: application/octet-stream
                    Content-Disposition: attachment; filename="Invoice_0424.pdf.exe"
                    Content-Transfer-Encoding: base64

                    TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAA
                    --b1--
                    """));

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
        List<String> silent = DetectorRegistry.all().stream()
                .filter(d -> SCAMS.stream().allMatch(e -> run(d, e).isEmpty())).map(Detector::name).toList();
        assertThat(silent).as("detectors that fire on none of the scams").isEmpty();
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
