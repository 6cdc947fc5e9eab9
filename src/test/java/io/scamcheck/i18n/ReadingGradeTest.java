package io.scamcheck.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every sentence a reader sees must be plain: Flesch-Kincaid grade 8 or lower (DETECTORS.md, "Writing the
 * words"). The grade formula is checked first on texts of known difficulty.
 */
class ReadingGradeTest {
    private static final double MAX_GRADE = 8.0;
    /** Below this many words the formula says little; such a text is graded with the text it heads. */
    private static final int SHORT = 10;

    @Test
    void countsSyllablesByTheUsualRules() {
        assertThat(ReadingGrade.syllablesOfWord("cat")).isEqualTo(1);
        assertThat(ReadingGrade.syllablesOfWord("make")).isEqualTo(1);
        assertThat(ReadingGrade.syllablesOfWord("phone")).isEqualTo(1);
        assertThat(ReadingGrade.syllablesOfWord("table")).isEqualTo(2);
        assertThat(ReadingGrade.syllablesOfWord("used")).isEqualTo(1);
        assertThat(ReadingGrade.syllablesOfWord("wanted")).isEqualTo(2);
        assertThat(ReadingGrade.syllablesOfWord("computer")).isEqualTo(3);
        assertThat(ReadingGrade.syllablesOfWord("beautiful")).isEqualTo(3);
        assertThat(ReadingGrade.syllablesOfWord("again")).isEqualTo(2);
        assertThat(ReadingGrade.syllablesOfWord("makes")).isEqualTo(1);
        assertThat(ReadingGrade.syllablesOfWord("places")).isEqualTo(2);
        assertThat(ReadingGrade.syllablesOfWord("1-844-286-1916")).isEqualTo(1);
    }

    @Test
    void countsWordsAndSentences() {
        String t = "Do not call. Microsoft's messages never ask you to phone! Is that so?";
        assertThat(ReadingGrade.words(t)).isEqualTo(13);
        assertThat(ReadingGrade.sentences(t)).isEqualTo(3);
        assertThat(ReadingGrade.sentences("A title without a stop")).isEqualTo(1);
        assertThat(ReadingGrade.sentences("It ends in .255 and more. Yes.")).isEqualTo(2);
    }

    @Test
    void gradesKnownTexts() {
        // 6 words, 6 syllables, 1 sentence: 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45
        assertThat(ReadingGrade.grade("The cat sat on the mat.")).isCloseTo(-1.45, within(0.01));
        // A textbook sentence of about grade 13 (its true syllable count gives 13.1; the rule of thumb
        // undercounts "Australian" and "reptilian" by one each).
        assertThat(ReadingGrade.grade(
                "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature."))
                .isBetween(11.0, 14.0);
        // Plain advice reads at a low grade; a dense legal sentence reads far above grade 8.
        assertThat(ReadingGrade.grade("Do not call the number. Call your bank on the number on your card."))
                .isLessThan(4.0);
        assertThat(ReadingGrade.grade("Notwithstanding the aforementioned considerations, the organisation "
                + "reserves the unilateral prerogative to terminate authorisations immediately."))
                .isGreaterThan(16.0);
    }

    @Test
    void everyReaderFacingMessageIsGradeEightOrLower() throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReadingGradeTest.class.getResourceAsStream("/io/scamcheck/messages.properties")) {
            assertThat(in).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        TreeMap<String, String> texts = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("kind.") || key.startsWith("fact.") || key.startsWith("verdict.")
                    || key.startsWith("error.")) {
                texts.put(key, asRead(key, p.getProperty(key)));
            }
        }
        assertThat(texts).isNotEmpty();
        List<String> failures = new ArrayList<>();
        for (var e : texts.entrySet()) {
            String key = e.getKey();
            String text = e.getValue();
            String graded = text;
            if (ReadingGrade.words(text) < SHORT) {
                // A title is read with its explanation, a headline with its summary.
                String partner = key.endsWith(".title") ? key.replace(".title", ".explanation")
                        : key.endsWith(".headline") ? key.replace(".headline", ".summary") : null;
                if (partner != null && texts.containsKey(partner)) {
                    graded = text + ". " + texts.get(partner);
                }
            }
            double g = ReadingGrade.grade(graded);
            if (g > MAX_GRADE) {
                failures.add(String.format("%s: grade %.1f: %s", key, g, text));
            }
        }
        assertThat(failures).as("messages above grade %.0f", MAX_GRADE).isEmpty();
    }

    /** Typical values for placeholders, where "Microsoft" would not read as a reader sees it. */
    private static final java.util.Map<String, List<String>> SAMPLES = java.util.Map.of(
            "fact.law.wrong-year", List.of("Information Technology Act", "2000", "1996"),
            "fact.mac.not-six", List.of("4"),
            "fact.call.toll-free", List.of("844"),
            "fact.call.premium-rate", List.of("900"),
            "fact.ip.private", List.of("192.168.1.20"),
            "fact.ip.broadcast", List.of("206.19.86.255"),
            "fact.ip.invalid", List.of("301.22.4.9"),
            "fact.brand.free-mail", List.of("gmail.com"));

    /**
     * The words as a reader sees them: formatted as the program formats them, with a typical value for each
     * placeholder (2 for a number that chooses between one and many).
     */
    private static String asRead(String key, String pattern) {
        List<String> samples = SAMPLES.getOrDefault(key, List.of());
        Object[] args = new Object[10];
        for (int i = 0; i < args.length; i++) {
            boolean number = pattern.matches("(?s).*\\{" + i + ",(choice|number).*");
            args[i] = number ? (Object) 2 : i < samples.size() ? samples.get(i) : "Microsoft";
        }
        return new java.text.MessageFormat(pattern, java.util.Locale.ENGLISH).format(args);
    }
}
