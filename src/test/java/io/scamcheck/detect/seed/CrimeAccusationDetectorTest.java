package io.scamcheck.detect.seed;

import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.i18n.Text;
import io.scamcheck.model.Email;
import io.scamcheck.testing.DetectorProbe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class CrimeAccusationDetectorTest {
    private final CrimeAccusationDetector detector = new CrimeAccusationDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.CRIME_ACCUSATION);

    @Test
    void findsTheSeedAccusationOnItsWords() {
        Email e = paste("We have found instances of child pornography accessed from your IP address & MAC Address.\n"
                + "IP Address: 206.19.86.255\n");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.CRIME_ACCUSATION))
                .containsExactly("child pornography accessed from your IP address");
        assertThat(f.get(0).explanation()).contains(Text.of("fact.crime.abuse-material"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Your social security number has been used for money laundering in Texas.|"
                    + "Your social security number has been used for money laundering",
            "You are suspected of tax fraud and must call us today.|You are suspected of tax fraud",
            "A warrant for your arrest will be issued tomorrow.|A warrant for your arrest",
            "Our system shows you were caught viewing illegal pornographic content.|"
                    + "you were caught viewing illegal pornographic content",
            "An arrest warrant has been issued against your name by the court.|"
                    + "An arrest warrant has been issued against your name",
            "YOUR DEALING WITH THEM IS TERMED AS ILLEGAL TRANSACTION.|YOUR DEALING WITH THEM IS TERMED AS ILLEGAL",
            "Your computer has been blocked for viewing illegal websites, and illegal content was downloaded "
                    + "to your computer.|illegal content was downloaded to your computer"
    })
    void findsAccusationsAimedAtTheReader(String message, String expected) {
        assertThat(probe.words(message)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // news about someone else
            "Police arrested a man in Ohio who had viewed child pornography on his computer.",
            "The bank was fined for money laundering, the newspaper said.",
            // a friend writing about a case in general
            "Did you hear that Mark was charged with tax fraud last week? Crazy. See you Sunday.",
            // advice from a lawyer's newsletter
            "If you are accused of a crime, do not talk to the police without a lawyer.",
            "What happens when you are charged with a crime? Our guide explains the steps.",
            // billing and security notices
            "You will be charged for the service on the first day of each month.",
            "Your account has been used to sign in from a new device. If this was you, there is nothing to do.",
            "Tax fraud hurts everyone. You can report suspected tax fraud on the official website.",
            "You are not suspected of anything; this is a routine survey of our customers."
    })
    void staysQuietOnOrdinaryText(String message) {
        assertThat(probe.findings(message)).isEmpty();
    }
}
