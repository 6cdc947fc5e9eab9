package io.scamcheck.detect;

import io.scamcheck.i18n.Messages;
import io.scamcheck.testing.DetectorProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class DisguisedTextDetectorTest {
    private final DisguisedTextDetector detector = new DisguisedTextDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.DISGUISED_TEXT);

    @Test
    void cyrillicLettersInsideEnglishWords() {
        // "Соnfіrmаtіоn" with Cyrillic С, о, і, а; "Pаyment" with Cyrillic а
        String text = "Order \u0421\u043enf\u0456rm\u0430t\u0456\u043en needed: your P\u0430yment failed.";
        assertThat(probe.words(text)).containsExactly("\u0421\u043enf\u0456rm\u0430t\u0456\u043en", "P\u0430yment");
        Finding f = probe.only(text);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        Messages m = Messages.english();
        assertThat(m.join(f.explanation())).contains("2 words are spelled with letters from another alphabet");
        assertThat(m.join(f.evidence())).contains("CYRILLIC SMALL LETTER O");
    }

    @Test
    void greekLookalikesToo() {
        assertThat(probe.words("Claim y\u03bfur airdr\u03bfp now")).containsExactly("y\u03bfur", "airdr\u03bfp");
    }

    @Test
    void aWholeWordOfLookalikesBetweenEnglishWords() {
        // "as" written with Cyrillic а and ѕ, between English words
        assertThat(probe.words("Act fast \u0430\u0455 soon as you can")).containsExactly("\u0430\u0455");
    }

    @Test
    void invisibleCharactersInsideAWord() {
        String text = "Your Coin\u200Bba\u200Bse account is locked. Pay\u00ADP\u00ADal too.";
        assertThat(probe.words(text)).containsExactly("Coin\u200Bba\u200Bse", "Pay\u00ADP\u00ADal");
        assertThat(Messages.english().join(probe.only(text).explanation())).contains("2 words have hidden marks");
    }

    @Test
    void foreignMarkInsideAnEnglishWord() {
        assertThat(probe.words("Immed\u0650iate suspension")).containsExactly("Immed\u0650iate");
    }

    @Test
    void backwardsText() {
        assertThat(probe.words("Open \u202Efdp.exe now")).containsExactly("\u202Efdp.exe");
    }

    @Test
    void styledLettersAreAWeakSign() {
        Finding f = probe.only("\uD835\uDC18\uD835\uDC0E\uD835\uDC14\uD835\uDC11 prize is waiting");
        assertThat(f.severity()).isEqualTo(Severity.CAUTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Russian alone
        "\u041f\u0440\u0438\u0432\u0435\u0442, \u043a\u0430\u043a \u0434\u0435\u043b\u0430? \u0423\u0432\u0438\u0434\u0438\u043c\u0441\u044f \u0432 \u043f\u044f\u0442\u043d\u0438\u0446\u0443.",
        // Greek alone
        "\u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1, \u03c4\u03b9 \u03ba\u03ac\u03bd\u03b5\u03b9\u03c2;",
        // English and Russian side by side
        "Meeting notes / \u0437\u0430\u043c\u0435\u0442\u043a\u0438 \u0432\u0441\u0442\u0440\u0435\u0447\u0438: see the attached file.",
        // a statistics mailing list
        "Use the \u03b1 level of 0.05 and report the \u03b2-coefficient for each model.",
        // accents written as separate marks
        "Cafe\u0301 au lait at the re\u0301sume\u0301 workshop",
        // Persian with joiners, a normal part of writing it
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u06cc\u062f \u0628\u0627 \u0622\u0646 \u0627\u0631\u062a\u0628\u0627\u0637",
        // emoji joined by zero-width joiners
        "Family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 photo",
        // a long German word with soft hyphens where it may break
        "Donau\u00ADdampf\u00ADschiff\u00ADfahrt",
        // a phone number with joiners a newsletter put in so phones do not turn it into a link
        "Call 0800\u200C123\u200C456",
        "Plain English text with nothing odd in it.",
    })
    void honestTextIsQuiet(String text) {
        assertThat(probe.findings(text)).isEmpty();
    }
}
