package io.scamcheck.detect.seed;

import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.i18n.Text;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class BrandImpersonationDetectorTest {
    private final BrandImpersonationDetector detector = new BrandImpersonationDetector();

    private static final String SEED_BODY = "We have found instances of child pornography accessed from your IP address "
            + "& MAC Address.\n\nIf this was not You and would like to Reinstate the Windows License, Please call "
            + "MS Support Team at 1-844-286-1916 for further help.\n\nMicrosoft Support\n1 844 286 1916\n";

    @Test
    void findsTheSeedBrandInTheDisplayNameAndTheSignature() {
        Email e = eml("From: \"Microsoft Support\" <support@ms-help.xyz>\nTo: you@example.com\n"
                + "Subject: Windows License Suspended\n\n" + SEED_BODY);
        List<Finding> f = run(detector, e);
        assertThat(f).hasSize(1);
        assertThat(words(e, f, Kind.BRAND_IMPERSONATION)).containsExactly("Microsoft Support", "Microsoft Support");
        int body = e.bodyStart();
        assertThat(f.get(0).spans()).anyMatch(s -> s.start() < body).anyMatch(s -> s.start() >= body);
        assertThat(f.get(0).explanation().get(0)).isEqualTo(Text.of("fact.brand.not-sent-by", "Microsoft"));
        assertThat(f.get(0).evidence().get(0).args()).startsWith("ms-help.xyz", "Microsoft");
    }

    @Test
    void findsATeamSignatureAndSaysWhenTheSenderIsFreeMail() {
        Email e = eml("From: Coinbase <coinbase.help.desk@gmail.com>\nTo: you@example.com\nSubject: Wallet\n\n"
                + "Your wallet is paused. Reply with your recovery phrase.\n\nThanks,\nThe Coinbase Support Team\n");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.BRAND_IMPERSONATION)).containsExactly("Coinbase", "Coinbase Support Team");
        assertThat(f.get(0).explanation()).contains(Text.of("fact.brand.free-mail", "gmail.com"));
    }

    @Test
    void findsSentByPhrases() {
        Email e = eml("From: Orders <orders@shipping-notice.example>\nTo: you@example.com\nSubject: Parcel\n\n"
                + "Your parcel is waiting. This message was sent by the Amazon team to confirm your address.\n");
        assertThat(words(e, run(detector, e), Kind.BRAND_IMPERSONATION)).containsExactly("Amazon team");
    }

    @Test
    void readsABrokenFromLineAsAReaderWould() {
        Email e = eml("From: Facebook ,_<955eu@v3tye5dd1v.example>\nTo: you@example.com\nSubject: Login\n\n"
                + "Someone tried to log in to your account.\n");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.BRAND_IMPERSONATION)).containsExactly("Facebook");
        assertThat(f.get(0).evidence().get(0).args()).startsWith("v3tye5dd1v.example", "Facebook");
        Email german = eml("From: DHL Paket <contact@parcel-info.example>\nTo: you@example.com\nSubject: Paket\n\n"
                + "Ihr Paket wartet.\n");
        assertThat(words(german, run(detector, german), Kind.BRAND_IMPERSONATION)).containsExactly("DHL");
    }

    @Test
    void pastedTextHasNoSenderToCompare() {
        assertThat(run(detector, paste(SEED_BODY))).isEmpty();
    }

    @Test
    void mailReallyFromTheCompanyIsLeftAlone() {
        Email e = eml("From: Microsoft account team <account-security-noreply@accountprotection.microsoft.com>\n"
                + "To: you@example.com\nSubject: Microsoft account security code\n\n"
                + "Please use the following security code for the Microsoft account yo***@example.com.\n\n"
                + "Thanks,\nThe Microsoft account team\n");
        assertThat(run(detector, e)).isEmpty();
        Email older = eml("From: Microsoft account team <account-security-noreply@account.live.com>\n"
                + "To: you@example.com\nSubject: Microsoft account security code\n\nYour code is 1234.\n");
        assertThat(run(detector, older)).isEmpty();
    }

    @Test
    void anAddressAtTheCompanysFreeMailServiceIsNotTheCompany() {
        Email e = eml("From: Microsoft account team <ms.account.team@live.com>\n"
                + "To: you@example.com\nSubject: Microsoft account security code\n\nYour code is 1234.\n");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.BRAND_IMPERSONATION)).containsExactly("Microsoft account team");
        assertThat(f.get(0).explanation()).contains(Text.of("fact.brand.free-mail", "live.com"));
    }

    @Test
    void aNewsletterThatWritesAboutABrandIsNotPretendingToBeIt() {
        Email e = eml("From: Acme Weekly <news@acmeweekly.example>\nTo: you@example.com\nSubject: This week\n\n"
                + "Microsoft announced new Windows features this week, and PayPal cut its fees.\n"
                + "Read our review of the new Apple laptops.\n\n"
                + "Follow us\nFacebook\nInstagram\nYouTube\n\n"
                + "Microsoft and Windows are trademarks of Microsoft Corporation.\n"
                + "The Acme Weekly team\n");
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void aForwardedReceiptOrAPersonNamedChaseIsNotImpersonation() {
        Email fwd = eml("From: Dad <dad@example.org>\nTo: you@example.com\nSubject: Fwd: receipt\n\n"
                + "Is this real?\n\n---------- Forwarded message ---------\nFrom: PayPal <service@paypal.com>\n"
                + "Subject: Receipt for your payment\n\nYou sent $20.00 to Jane.\n");
        assertThat(run(detector, fwd)).isEmpty();
        Email chase = eml("From: Chase Miller <chase.miller@gmail.com>\nTo: you@example.com\nSubject: Saturday\n\n"
                + "See you at the game on Saturday.\n\nThanks,\nChase\n");
        assertThat(run(detector, chase)).isEmpty();
    }

    @Test
    void aMailServerProgramNamedInABounceIsNotTheSender() {
        Email e = eml("From: postmaster@example.com\nTo: you@example.com\nSubject: Undeliverable: Lunch\n\n"
                + "Delivery has failed to these recipients.\n\nSent by Microsoft Exchange Server 2007\n");
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void walletAndShopNamesAsTheSenderFromSomeoneElsesDomain() {
        for (String from : List.of("Ledger <noreply@kingoffreight.example>", "Ripple Team <xrpl@cocreators.example>",
                "Stellar.org <no-reply@merino.example>", "LOUIS VUITTON <info@lv03.snok.example>",
                "United Health Care <noreply@theskimm.example>", "Katie from Ledger <device@southampton.example>",
                "Freddie from Ripple <f.fuentes@renny.example>")) {
            Email e = eml("From: " + from + "\nTo: you@example.com\nSubject: News\n\nPlease read this.\n");
            assertThat(run(detector, e)).as(from).extracting(Finding::kind).containsExactly(Kind.BRAND_IMPERSONATION);
        }
        Email friend = eml("From: Anna from Accounts <anna@carter-accounts.example>\nTo: you@example.com\n"
                + "Subject: Books\n\nThe ledger is done.\n");
        assertThat(run(detector, friend)).isEmpty();
        Email real = eml("From: Ledger <hello@ledger.com>\nTo: you@example.com\nSubject: News\n\nHi.\n");
        assertThat(run(detector, real)).isEmpty();
        Email books = eml("From: Ann Carter <ann@carter-accounts.example>\nTo: you@example.com\nSubject: Books\n\n"
                + "I moved the March payments to the general ledger, and the ripple effect on the totals is small.\n"
                + "A stellar quarter!\n\nAnn\n");
        assertThat(run(detector, books)).isEmpty();
    }

    @Test
    void banksParcelServicesAndPhoneCompaniesNamedBySomeoneElse() {
        for (String from : List.of("Sparkasse <info@kunden-sicherheit.example>",
                "Caixa Econômica Federal <atendimento@aviso-cliente.example>",
                "Poste Italiane <noreply@verifica-conto.example>", "GLS Paket <paket@zustellung-info.example>",
                "Vodafone Kundenservice <rechnung@kundenportal.example>", "Rabobank <service@rabo-beveiliging.example>",
                "AT&T <billing@account-update.example>", "Mercado Livre <contato@promocao-hoje.example>",
                "Evri <tracking@parcel-redelivery.example>", "Yahoo Account Team <no-reply@mailbox-check.example>")) {
            Email e = eml("From: " + from + "\nTo: you@example.com\nSubject: Notice\n\nPlease read this.\n");
            assertThat(run(detector, e)).as(from).extracting(Finding::kind).containsExactly(Kind.BRAND_IMPERSONATION);
        }
        Email signed = eml("From: Service <service@konto-check.example>\nTo: you@example.com\nSubject: Konto\n\n"
                + "Bitte bestätigen Sie Ihre Daten.\n\nMit freundlichen Grüßen\nIhre Volksbank\nVolksbank Online\n");
        assertThat(words(signed, run(detector, signed), Kind.BRAND_IMPERSONATION)).containsExactly("Volksbank Online");
    }

    @Test
    void theNewCompaniesOwnDomainsAreLeftAlone() {
        for (String from : List.of("Sparkasse <noreply@sparkasse.de>", "Rabobank <info@mail.rabobank.nl>",
                "Poste Italiane <noreply@posteitaliane.it>", "AT&T <att@emailff.att.com>",
                "Evri <noreply@evri.com>", "Caixa <atendimento@caixa.gov.br>",
                "Mercado Livre <info@mercadolivre.com.br>", "Vodafone <service@vodafone.de>")) {
            Email e = eml("From: " + from + "\nTo: you@example.com\nSubject: Notice\n\nPlease read this.\n");
            assertThat(run(detector, e)).as(from).isEmpty();
        }
    }

    @Test
    void everydayWordsAndMailFootersThatShareACompanysNameAreNotImpersonation() {
        Email footer = eml("From: Matt French <matt.french@yahoo.co.uk>\nTo: list@example.org\nSubject: Re: build\n\n"
                + "The patch works for me.\n\nMatt\n\n__________________________________________________\n"
                + "Do You Yahoo!?\nEverything you'll ever need on one web page\n");
        assertThat(run(detector, footer)).isEmpty();
        Email phone = eml("From: Ann Lee <ann.lee@yahoo.com>\nTo: you@example.com\nSubject: Dinner\n\n"
                + "See you at eight.\n\nSent from Yahoo Mail on Android\n");
        assertThat(run(detector, phone)).isEmpty();
        Email words = eml("From: Club News <news@club.example>\nTo: you@example.com\nSubject: Meeting\n\n"
                + "There was some discord at the meeting about the wise use of funds.\n"
                + "Please send the correos and the Kleinanzeigen for the paper.\n\nDiscord\nCorreos\nWise\n");
        assertThat(run(detector, words)).isEmpty();
        Email box = eml("From: Maria <maria@familia.example>\nTo: you@example.com\nSubject: Fotos\n\n"
                + "Veja a caixa de entrada.\n\nCaixa de entrada\n");
        assertThat(run(detector, box)).isEmpty();
    }

    @Test
    void aCompanysMailingServiceSignedWithTheCompanysOwnDomainIsLeftAlone() {
        String body = "Subject: Your new plan\n\nYour new plan starts today.\n\nYour Vodafone Team\n";
        Email signed = eml("Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=vodafone-mail.example;"
                + " dkim=pass header.d=vodafone.de; dmarc=pass header.from=vodafone-mail.example\n"
                + "From: Vodafone <news@vodafone-mail.example>\nTo: you@example.com\n" + body);
        assertThat(run(detector, signed)).isEmpty();

        Email ownSignature = eml("Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=vodafone-mail.example;"
                + " dkim=pass header.d=vodafone-mail.example; dmarc=pass header.from=vodafone-mail.example\n"
                + "From: Vodafone <news@vodafone-mail.example>\nTo: you@example.com\n" + body);
        assertThat(words(ownSignature, run(detector, ownSignature), Kind.BRAND_IMPERSONATION))
                .contains("Vodafone");

        Email failed = eml("Authentication-Results: mx.example.net; dkim=fail header.d=vodafone.de\n"
                + "From: Vodafone <news@vodafone-mail.example>\nTo: you@example.com\n" + body);
        assertThat(run(detector, failed)).isNotEmpty();
    }

    @Test
    void aSignatureClaimedInALowerHeaderTheSenderCouldWriteCountsForNothing() {
        Email e = eml("Authentication-Results: mx.example.net; spf=none smtp.mailfrom=pay-check.example; dkim=none\n"
                + "Authentication-Results: fake.example; dkim=pass header.d=paypal.com\n"
                + "From: PayPal <service@pay-check.example>\nTo: you@example.com\nSubject: Account limited\n\n"
                + "Your account is limited.\n\nPayPal\n");
        assertThat(words(e, run(detector, e), Kind.BRAND_IMPERSONATION)).contains("PayPal");
    }
}
