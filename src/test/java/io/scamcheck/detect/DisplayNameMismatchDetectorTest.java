package io.scamcheck.detect;

import io.scamcheck.i18n.Messages;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class DisplayNameMismatchDetectorTest {
    private final DisplayNameMismatchDetector detector = new DisplayNameMismatchDetector();
    private final Messages messages = Messages.english();

    private static Email from(String from, String extra) {
        return eml("From: " + from + "\nTo: you@example.com\n" + extra
                + "Subject: Notice\nDate: Mon, 6 May 2024 10:00:00 +0000\n\nPlease read.\n");
    }

    @Test
    void anAddressInTheNameThatIsNotTheSenderFires() {
        Email e = from("\"service@paypal.com\" <notice-7731@mailer-host.example>", "");
        List<Finding> f = run(detector, e);
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(words(e, f, Kind.DISPLAY_NAME_MISMATCH)).containsExactly("service@paypal.com");
        assertThat(messages.join(f.get(0).explanation()))
                .contains("The name shows service@paypal.com, but the message really came from"
                        + " notice-7731@mailer-host.example.");
    }

    @Test
    void yourOwnAddressAsTheNameIsCalledThat() {
        Email e = from("\"you@example.com\" <noreply@parcel-notice.example>", "");
        List<Finding> f = run(detector, e);
        assertThat(messages.join(f.get(0).explanation())).contains("The name shows your own address, you@example.com");
    }

    @Test
    void aWebDomainInTheNameFromFreeWebmailFires() {
        Email e = from("ethereum.org <smithlilmyk8@icloud.com>", "");
        assertThat(words(e, run(detector, e), Kind.DISPLAY_NAME_MISMATCH)).containsExactly("ethereum.org");
    }

    @Test
    void aKnownCompanysDomainInTheNameFires() {
        Email e = from("\"Microsoft.com Account Team\" <team@account-alerts.example>", "");
        assertThat(words(e, run(detector, e), Kind.DISPLAY_NAME_MISMATCH)).containsExactly("Microsoft.com");
    }

    @Test
    void shopsThatSignWithTheirWebNameAreQuiet() {
        assertThat(run(detector, from("\"Amazon.com\" <auto-confirm@amazon.com>", ""))).isEmpty();
        assertThat(run(detector, from("\"CNET News.com\" <newsletter@online.example>", ""))).isEmpty();
        assertThat(run(detector, from("Overstock.com <deals@overstockmail.example>", ""))).isEmpty();
        assertThat(run(detector, from("\"jm@jmason.org\" <jm@jmason.org>", ""))).isEmpty();
        assertThat(run(detector, from("\"Ann Lee (ann@work.example)\" <ann.lee@work.example>", ""))).isEmpty();
        assertThat(run(detector, from("John Q. Public <john@example.org>", ""))).isEmpty();
    }

    @Test
    void aPlainCompanyNameIsLeftToBrandImpersonation() {
        assertThat(run(detector, from("\"Microsoft Support\" <support@ms-help.example>", ""))).isEmpty();
    }

    @Test
    void mailingListRewritesAreQuiet() {
        assertThat(run(detector, from("\"'ann@strict.example' via Group\" <group@googlegroups.com>", ""))).isEmpty();
        assertThat(run(detector, from("\"ann@strict.example\" <r-help@r-project.org>",
                "List-Id: <r-help.r-project.org>\n"))).isEmpty();
    }

    @Test
    void aCompanyNameWithAJumbledThrowawayAddress() {
        for (String line : List.of("Renewal by Andersen <kuHzvQf@love.smartwatch.example>",
                "Claims Review Team <zmAZizPIr@slave.social.example>",
                "Finance of America Reverse Mortgage <UaOStEavCWJKtSX@love.smartwatch.example>",
                "Homeowners Insurance by Rate Kick <tghset2a8xww@deck.social.example>")) {
            List<Finding> f = run(detector, from(line, ""));
            assertThat(f).as(line).extracting(Finding::kind).containsExactly(Kind.DISPLAY_NAME_MISMATCH);
            assertThat(f.get(0).explanation()).as(line).extracting(t -> t.key())
                    .contains("fact.display-name.random-address");
        }
    }

    @Test
    void aSenderAddressWithNoRealDomain() {
        for (String line : List.of("AAA <support@aaa>", "Ledger <noreply@ledger>",
                "Hair Treatment <noreply@theskimm,com>")) {
            List<Finding> f = run(detector, from(line, ""));
            assertThat(f).as(line).extracting(Finding::kind).containsExactly(Kind.DISPLAY_NAME_MISMATCH);
            assertThat(f.get(0).explanation()).as(line).extracting(t -> t.key())
                    .contains("fact.display-name.broken-address");
        }
    }

    @Test
    void realPeopleAndShopsWithOrdinaryAddressesAreQuiet() {
        for (String line : List.of("John Smith <JSmith@company.example>", "Chris Garrigues <cwg-exmh@DeepEddy.Com>",
                "Pang, Hokkun <HPang@Yesmail.com>", "Bob Musser <BobM@dbsinfo.example>",
                "Ann Lee <ann.lee42@work.example>", "Daily Dilbert <2.20445.33-5_gUgBqXK2vm.1@ummail4.example>",
                "CNET News <Online#3.19785.b8-Opw9lWtyc6p9xsRR.1@newsletter.online.example>",
                "Tesco .ie <tesco.ie@cteyyyyi.cjsias.bwmmxq.reply.12hs.example>",
                "LisaMarie Jones <LisaMarieJones@mail.example>", "Rodent of Unusual Size <Ken.Coar@Golux.Com>",
                "Roy Mendelssohn - NOAA Federal <roy@mende|@@ohn @end|ng |rom no@@@gov>",
                "Kim <kimHK@mail.example>")) {
            assertThat(run(detector, from(line, ""))).as(line).isEmpty();
        }
    }

    @Test
    void aCompanyNameFromAnUnrelatedAddress() {
        for (String line : List.of("Property Protection Services <ZyznzwY@rare.smartweb.example>",
                "Device Safety Alerts <ruffcorntortolano@zellis.example>",
                "RateKick Home Insurance Team <sales@space.smartsdirect.example>",
                "Meet-Seniors Singles <tevsf@zhishang.example>",
                "National Training Centre <s404467@charterschool.example>")) {
            List<Finding> f = run(detector, from(line, ""));
            assertThat(f).as(line).extracting(Finding::kind).containsExactly(Kind.DISPLAY_NAME_MISMATCH);
        }
    }

    @Test
    void companiesWritingFromTheirOwnOrTheirMailingServicesAddressAreQuiet() {
        for (String line : List.of("Red Hat Network Alert <rhn-admin@rhn.mail.example.org>",
                "\"ZDNet Buyer's Alert\" <Online#3.19976.19-ZxCpgoyrOrAEMRRR.1@newsletter.online.example>",
                "Customer Service <cs@shop.example>", "Acme Support Team <help@acme.example>",
                "Lockergnome Tech Specialist <subscriptions@lockergnome.example>",
                "Bakery Shop <bakeryshop@gmail.com>", "Effector List <alerts@action.eff.example>",
                "PayPal Security Team <kuHzvQf@love.smartwatch.example>",
                "Garden Club News <bounce-4527182@mailer.example>",
                "Travel Deals Team <news.20231104-77@send.example>")) {
            assertThat(run(detector, from(line, ""))).as(line).isEmpty();
        }
    }

    @Test
    void aDutchCompanyNameFromAnUnrelatedAddress() {
        for (String line : List.of("Landelijk Spaar Collectief <contact@qwe.randomhost44.example>",
                "Adviescentrum Groen Wonen <info@blue-offers.example>",
                "Zonnepanelen Bespaarservice <contact@xk.mailhost7.example>",
                "Actieteam Warmtepomp Nederland <noreply@fastsend.example>")) {
            List<Finding> f = run(detector, from(line, ""));
            assertThat(f).as(line).extracting(Finding::kind).containsExactly(Kind.DISPLAY_NAME_MISMATCH);
        }
    }

    @Test
    void dutchCompaniesAndPeopleWritingFromTheirOwnAddressesAreQuiet() {
        for (String line : List.of("Klantenservice Energiedirect <klantenservice@energiedirect.example>",
                "Rabobank Klantenservice <noreply@rabobank.example>", "Jan de Vries <jan.devries@ziggo.example>",
                "Bibliotheek Centrum <info@bibliotheekcentrum.example>",
                "Gemeente Utrecht Klantcontactcentrum <noreply@utrecht.example>",
                "Sanne Bakker <sanne@bakkerfotografie.example>",
                "Zorgverzekering Ledenservice <ledenservice@zorgverzekering.example>")) {
            assertThat(run(detector, from(line, ""))).as(line).isEmpty();
        }
    }

    @Test
    void aNameCutOffFromTheSenderByAnUnquotedComma() {
        for (String line : List.of("Lonely tonight, xq <service@club-friends.example>",
                "Hot Singles Near You, zzk <info@reunion-site.example>",
                "Anna23, qwrt <hello@photo-share.example>")) {
            Email e = from(line, "");
            List<Finding> f = run(detector, e);
            assertThat(f).as(line).extracting(Finding::kind).containsExactly(Kind.DISPLAY_NAME_MISMATCH);
            assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
            String said = messages.join(f.get(0).explanation());
            assertThat(said).as(line).contains("then a comma").contains(line.substring(0, line.indexOf(',')));
            assertThat(words(e, f, Kind.DISPLAY_NAME_MISMATCH)).as(line)
                    .containsExactly(line.substring(0, line.indexOf(',')));
        }
    }

    @Test
    void namesWithACommaThatBelongToTheSenderAreQuiet() {
        for (String line : List.of("\"Lee, Ann\" <ann@example.org>", "Lee, Ann <ann.lee@example.org>",
                "Okafor, Chidi <c.okafor@clinic.example>", "Van der Berg, Sanne Marie <sanne@atelier.example>",
                "Smith, John <johnsmith@gmail.com>", "ann@example.org, bob@example.org",
                "Billing, Accounts <accounts@billing.example>",
                "Müller, Hans <hm@firma.example>", "Okafor, Chidi (Tickets) <noreply@desk-app.example>", "Kim <kimHK@mail.example>")) {
            assertThat(run(detector, from(line, ""))).as(line).isEmpty();
        }
    }

    @Test
    void anAddressOnlyInBracketsAfterTheName() {
        for (String line : List.of("Solar Expert,(<message@shop-mail.example>)", "Summer Prize Draw, (news@mail.example)")) {
            Email e = from(line, "");
            List<Finding> f = run(detector, e);
            assertThat(f).as(line).extracting(Finding::kind).containsExactly(Kind.DISPLAY_NAME_MISMATCH);
            assertThat(messages.join(f.get(0).explanation())).as(line).contains("only written in brackets");
            assertThat(words(e, f, Kind.DISPLAY_NAME_MISMATCH)).as(line).singleElement().asString().contains("@");
        }
    }

    @Test
    void aNoteInBracketsBesideARealAddressIsQuiet() {
        for (String line : List.of("ann@example.org (Ann Lee)", "Ann Lee <ann@example.org> (work)",
                "bob@example.org (Bob, at home)", "Ann Lee (ann@example.org) <ann@example.org>")) {
            assertThat(run(detector, from(line, ""))).as(line).isEmpty();
        }
    }
}
