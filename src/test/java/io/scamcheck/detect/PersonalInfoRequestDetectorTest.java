package io.scamcheck.detect;

import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class PersonalInfoRequestDetectorTest {
    private final PersonalInfoRequestDetector detector = new PersonalInfoRequestDetector();

    @Test
    void requestNamingSeveralDetails() {
        Email e = paste("""
                To release your winning payment, kindly send us your full name, home address and phone number.
                """);
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.PERSONAL_INFO_REQUEST))
                .containsExactly("send us your", "full name", "home address", "phone number");
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void emptyFormToFillIn() {
        Email e = paste("""
                Your compensation fund is ready. Reconfirm the details below:

                FULL NAME: ..........
                HOME ADDRESS: ..........
                MOBILE NUMBER: __________
                OCCUPATION:
                """);
        assertThat(words(e, run(detector, e), Kind.PERSONAL_INFO_REQUEST))
                .containsExactly("FULL NAME", "HOME ADDRESS", "MOBILE NUMBER", "OCCUPATION");
    }

    @Test
    void numberedListAfterTheRequest() {
        Email e = paste("""
                Contact our agent and forward your details to claim the prize.
                1. Full names
                2. Phone number
                3. Copy of ID card
                """);
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.PERSONAL_INFO_REQUEST))
                .containsExactly("forward your", "Full names", "Phone number", "Copy of ID card");
        assertThat(f.get(0).explanation()).extracting(t -> t.key()).contains("fact.personal-info-request.id");
    }

    @Test
    void oneDetailWithMoneyOnOffer() {
        Email e = paste("You have won the sum of $2,500,000. Send us a copy of your passport to receive it.");
        assertThat(words(e, run(detector, e), Kind.PERSONAL_INFO_REQUEST))
                .containsExactly("Send us a copy of your", "passport");
    }

    @Test
    void friendAskingForAnAddressIsQuiet() {
        Email e = paste("Hi Anna, could you send me your address? I want to mail you the book I promised.");
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void receiptShowingYourOwnDetailsIsQuiet() {
        Email e = paste("""
                Thank you for your order!
                Name: Anna Berg
                Address: 12 Elm Street, Springfield
                Phone: 555-0100
                We will email you when it ships.
                """);
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void mailingListQuestionIsQuiet() {
        Email e = paste("""
                When you report a bug, please include your R version and the name of the package, so we can
                reproduce it. The country of the data does not matter.
                """);
        assertThat(run(detector, e)).isEmpty();
    }
}
