package io.scamcheck.detect;

import io.scamcheck.model.Email;
import io.scamcheck.testing.DetectorProbe;
import io.scamcheck.testing.DetectorRun;
import io.scamcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class TooGoodToBeTrueDetectorTest {
    private final TooGoodToBeTrueDetector detector = new TooGoodToBeTrueDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.TOO_GOOD_TO_BE_TRUE);

    @Test
    void lotteryWinYouNeverEntered() {
        DetectorRun f = probe.on("""
                Congratulations! Your email address was selected in our international lottery draw.
                You have won the sum of US$ 2,500,000.00. Claim your prize today.
                """);
        assertThat(f.words()).containsExactly(
                "Your email address was selected", "You have won the", "sum of US$ 2,500,000.00", "Claim your prize");
        assertThat(f.first().severity()).isEqualTo(Severity.WARNING);
        assertThat(f.factKeys()).contains("fact.too-good-to-be-true.lottery");
    }

    @Test
    void inheritanceAndDonation() {
        DetectorRun f = probe.on("""
                I am a widow with cancer and I wish to donate the sum of 4.5 million dollars to you.
                You will be the next of kin to these funds.
                """);
        assertThat(f.words())
                .containsExactly("donate the sum of", "4.5 million dollars", "next of kin");
        assertThat(f.factKeys()).contains("fact.too-good-to-be-true.inheritance");
    }

    @Test
    void surveyForAFreeGift() {
        DetectorRun f = probe.on(
                "You've been selected to receive a free iPhone! Complete this short survey to claim your reward.");
        assertThat(f.words()).containsExactly(
                "You've been selected to receive", "free iPhone", "Complete this short survey to claim your reward");
        assertThat(f.first().severity()).isEqualTo(Severity.WARNING);
        assertThat(f.factKeys()).contains("fact.too-good-to-be-true.survey");
    }

    @Test
    void surveyWithAPrizeDrawAloneIsOnlyAFaintSign() {
        DetectorRun f = probe.on(
                "How did we do? Take our 2-minute survey about your stay and enter our draw for a $100 gift card.");
        assertThat(f.words()).isNotEmpty();
        assertThat(f.first().severity()).isEqualTo(Severity.CAUTION);
    }

    @Test
    void guaranteedReturnsAndFreeCoins() {
        assertThat(probe.words("Join our crypto trading club: guaranteed returns of 3% daily profit, zero risk."))
                .containsExactly("guaranteed returns", "3% daily profit");
        DetectorRun drop = probe.on("The token airdrop is live. Connect your wallet to claim your tokens.");
        assertThat(drop.words()).containsExactly("airdrop", "claim your tokens");
        assertThat(drop.factKeys()).contains("fact.too-good-to-be-true.crypto");
    }

    @Test
    void casinoBonus() {
        DetectorRun f = probe.on("Welcome bonus: 400% bonus + 100 free spins on your first deposit!");
        assertThat(f.words()).containsExactly("400% bonus + 100 free spins");
        assertThat(f.factKeys()).contains("fact.too-good-to-be-true.casino");
    }

    @Test
    void bigSumsInTheNewsAreQuiet() {
        assertThat(probe.findings("""
                The company lost 100 million dollars last year, and the state lottery paid out $2,000,000 to
                a retired teacher, the paper reported.
                """)).isEmpty();
    }

    @Test
    void ordinaryNewsletterIsQuiet() {
        assertThat(probe.findings("""
                This week: how to pick a laptop, a review of three new cameras, and free shipping on orders over $50.
                Reply to this email if you want to join our reader panel.
                """)).isEmpty();
    }

    @Test
    void geneticsIsNotAnInheritance() {
        assertThat(probe.findings(
                "Evolution uses the inheritance of traits, and not randomly but intentionally.")).isEmpty();
    }

    @Test
    void strangersSayWomenNearYouWantToMeetYou() {
        for (String lure : List.of(
                "WOW! These women are your perfect matches!",
                "Meet your kind of singles near you",
                "A huge number of girls are looking for a man for sex.",
                "I'm a solitary savory female. Where r You from?",
                "The goddess of classic sex. Berenice dreams of meeting you.",
                "Chat with beautiful Ukrainian women today")) {
            DetectorRun f = probe.on(lure);
            assertThat(f.findings()).as(lure).hasSize(1);
            assertThat(f.first().severity()).as(lure).isEqualTo(Severity.WARNING);
            assertThat(f.factKeys()).as(lure).contains("fact.too-good-to-be-true.dating");
        }
    }

    @Test
    void healthWondersAndShockedDoctors() {
        for (String lure : List.of(
                "An overweight mother has SHOCKED the medical community by losing an unheard of 22lbs pounds in just 13 days",
                "D.I.Y. 10-Second Carb Ritual Strips Away Fat",
                "Doctors hate this one weird trick.",
                "This miracle cure reverses type 2 diabetes")) {
            DetectorRun f = probe.on(lure);
            assertThat(f.findings()).as(lure).hasSize(1);
            assertThat(f.factKeys()).as(lure).contains("fact.too-good-to-be-true.health");
        }
    }

    @Test
    void yieldsNoBankPaysAndShoutedSelections() {
        for (String lure : List.of(
                "Register and migrate your account to earn up to 25% APY in a simple way.",
                "Whopping 25-70% extra XRP on top of your balance",
                "Crypto Investment Fund. Daily Payments from $1000 and up",
                "YOU HAVE BEEN SELECTED! to win a brand new Car Emergency Kit!",
                "This exclusive reward is reserved for only a small group of customers.",
                "Reveal your special surprise!",
                "We offer loans from $5,000 to $5,000,000 at a low interest rate of 2% to anyone in need.",
                "website: CRYPTONCOIN. NET ID : 58663353 Pass: tHvb862M The current balance is 90.8 BTC or $1,612,215",
                "I am bidding for a lucrative infrastructural project that we both can benefit immensely from.")) {
            DetectorRun f = probe.on(lure);
            assertThat(f.findings()).as(lure).hasSize(1);
            assertThat(f.first().severity()).as(lure).isEqualTo(Severity.WARNING);
        }
    }

    @Test
    void honestDatingHealthAndSavingsWordsAreQuiet() {
        for (String honest : List.of(
                "Our high-yield savings account now pays 4.5% APY on balances over $1,000.",
                "Last year the fund returned 7% after fees; past results do not promise future returns.",
                "She lost 10 pounds over the winter by walking to work every day.",
                "Dr. Lee met the doctors at the clinic to talk about the new diabetes program.",
                "My sister is meeting some friends from her book club, mostly single women in their 60s.",
                "We want to meet you at the station at 6, Anna and the kids can't wait!",
                "The new tax rate is 25% for incomes over $100,000.",
                "You have been selected for jury duty; please bring this letter on Monday.",
                "Your table is reserved for 7 pm on Friday.",
                "Home loans from $100,000 at 6.5% APR for 30 years; see the full terms on our site.")) {
            DetectorRun f = probe.on(honest);
            assertThat(f.findings().stream().filter(x -> x.severity() != Severity.CAUTION).toList()).as(honest).isEmpty();
        }
    }

    @Test
    void cryptoGamblingDraws() {
        assertThat(probe.words("""
                Ten users can win a share of $7,500 BTC every Sunday. Dreaming of a sports car?
                This round you could win a Lamborghini or $200,000 in Bitcoin. Play Bitcoin dice now.
                """)).containsExactly(
                "can win a share of $7,500", "could win a Lamborghini or $200,000", "Bitcoin dice");
    }

    @Test
    void ordinaryPricesAndSportsAreQuiet() {
        assertThat(probe.findings("""
                The new laptop costs $1,299 and ships next week. Our team can win the league if we beat them
                on Sunday. Buy two and save up to $1,000 on the bundle.
                """)).isEmpty();
    }

    @Test
    void strangerLookingForAMan() {
        assertThat(probe.words("My fine Mr. Cool! Wish to see me? We ended our relationship and today I'm looking for class dude!"))
                .containsExactly("Wish to see me?", "I'm looking for class dude");
    }

    @Test
    void friendSharingHolidayPhotosIsQuiet() {
        assertThat(probe.findings(
                "We are back from Spain. I'm looking for a good time to visit. Want to see the photos from the beach?")).isEmpty();
    }

    @Test
    void senderNamedCongrats() {
        Email e = Fixtures.eml("""
                From: --- Congrats --- <news.x1@em1814.example.lv>
                To: someone@example.org
                Subject: A kit for you

                Hi, open this today.
                """);
        assertThat(words(e, run(detector, e), Kind.TOO_GOOD_TO_BE_TRUE)).containsExactly("Congrats");
    }

    @Test
    void congratulationsFromAFriendInTheBodyOnlyIsQuiet() {
        Email e = Fixtures.eml("""
                From: Ann Lee <ann@example.org>
                To: someone@example.org
                Subject: Congratulations on the new job

                Congratulations! So happy for you.
                """);
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void casinoFromASiteYouNeverJoined() {
        assertThat(probe.words("Welcome to the tower, where the Goddess of Luck gives and takes in this unique slot!"))
                .containsExactly("Goddess of Luck", "unique slot");
    }

    @Test
    void meetingSlotIsQuiet() {
        assertThat(probe.findings("I booked a new slot for the meeting on Friday. Good luck with the talk!")).isEmpty();
    }
}
