package io.scamcheck.detect;

import io.scamcheck.testing.DetectorProbe;
import io.scamcheck.testing.DetectorRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalInfoRequestDetectorTest {
    private final PersonalInfoRequestDetector detector = new PersonalInfoRequestDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.PERSONAL_INFO_REQUEST);

    @Test
    void requestNamingSeveralDetails() {
        DetectorRun f = probe.on("""
                To release your winning payment, kindly send us your full name, home address and phone number.
                """);
        assertThat(f.words())
                .containsExactly("send us your", "full name", "home address", "phone number");
        assertThat(f.first().severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void emptyFormToFillIn() {
        assertThat(probe.words("""
                Your compensation fund is ready. Reconfirm the details below:

                FULL NAME: ..........
                HOME ADDRESS: ..........
                MOBILE NUMBER: __________
                OCCUPATION:
                """))
                .containsExactly("FULL NAME", "HOME ADDRESS", "MOBILE NUMBER", "OCCUPATION");
    }

    @Test
    void numberedListAfterTheRequest() {
        DetectorRun f = probe.on("""
                Contact our agent and forward your details to claim the prize.
                1. Full names
                2. Phone number
                3. Copy of ID card
                """);
        assertThat(f.words())
                .containsExactly("forward your", "Full names", "Phone number", "Copy of ID card");
        assertThat(f.factKeys()).contains("fact.personal-info-request.id");
    }

    @Test
    void oneDetailWithMoneyOnOffer() {
        assertThat(probe.words("You have won the sum of $2,500,000. Send us a copy of your passport to receive it."))
                .containsExactly("Send us a copy of your", "passport");
    }

    @Test
    void friendAskingForAnAddressIsQuiet() {
        assertThat(probe.findings(
                "Hi Anna, could you send me your address? I want to mail you the book I promised.")).isEmpty();
    }

    @Test
    void receiptShowingYourOwnDetailsIsQuiet() {
        assertThat(probe.findings("""
                Thank you for your order!
                Name: Anna Berg
                Address: 12 Elm Street, Springfield
                Phone: 555-0100
                We will email you when it ships.
                """)).isEmpty();
    }

    @Test
    void mailingListQuestionIsQuiet() {
        assertThat(probe.findings("""
                When you report a bug, please include your R version and the name of the package, so we can
                reproduce it. The country of the data does not matter.
                """)).isEmpty();
    }
}
