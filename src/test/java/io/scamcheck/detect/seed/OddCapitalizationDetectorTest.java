package io.scamcheck.detect.seed;

import io.scamcheck.detect.Kind;
import io.scamcheck.detect.Severity;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class OddCapitalizationDetectorTest {
    private final OddCapitalizationDetector detector = new OddCapitalizationDetector();

    @Test
    void findsTheSeedWordsWithTheirContext() {
        Email e = paste("We have found instances of child pornography accessed from your IP address & MAC Address.\n"
                + "This is violation of Information Technology Act of 1996.\n\n"
                + "If this was not You and would like to Reinstate the Windows License, Please call MS Support Team "
                + "at 1-844-286-1916 for further help.\n\nMicrosoft Support\n1 844 286 1916\n");
        var f = run(detector, e);
        assertThat(words(e, f, Kind.ODD_CAPITALIZATION))
                .containsExactly("If this was not You", "Please call MS Support Team");
        assertThat(f.get(0).severity()).isEqualTo(Severity.CAUTION);
    }

    @Test
    void findsOddPronounsInAPhishingNote() {
        Email e = paste("Dear customer, We need to verify Your account, Please click the link below.");
        assertThat(words(e, run(detector, e), Kind.ODD_CAPITALIZATION))
                .containsExactly("We need to verify Your", "Please click the link below");
    }

    @Test
    void oneOddWordAloneIsNotEnough() {
        assertThat(run(detector, paste("I will send the photos to You tomorrow morning."))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a normal business letter
            "Dear Ms. Jones,\n\nThank you for your letter of 3 May. We have reviewed your claim under the Terms And "
                    + "Conditions of your policy, and we are pleased to confirm payment. Please find the details "
                    + "below.\n\nYours sincerely,\nJohn Smith\nClaims Manager, Acme Insurance Ltd.",
            // titles and names
            "We watched Pride And Prejudice, then Gone With The Wind. My sister uses Find My iPhone. "
                    + "The choir sang at Our Lady of Lourdes, and Thank You notes went out.",
            // greetings, colons, quotes and bullets
            "Hi Tom, Please see the attached file. Thanks, Please call me later.\nNote: You can reply here.\n"
                    + "He said \"You are late\" and left.\n\u2022 Your order\n\u2022 Your invoice",
            // headings and acronyms
            "Your Account At A Glance\nWhat We Do For You\nOur office in the US works with the UK team.",
            // a quoted reply
            "Sounds good.\n> thanks for the offer, Please send it to You and Your team"
    })
    void staysQuietOnOrdinaryText(String message) {
        assertThat(run(detector, paste(message))).isEmpty();
    }
}
