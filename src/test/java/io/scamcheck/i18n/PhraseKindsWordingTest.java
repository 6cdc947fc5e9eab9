package io.scamcheck.i18n;

import io.scamcheck.detect.Kind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of the kinds the phrase detectors report: every title, explanation, advice and fact exists, is
 * plain (Flesch-Kincaid grade 8 or lower) and never calls a message safe.
 */
class PhraseKindsWordingTest {
    private static final List<Kind> KINDS = List.of(Kind.CREDENTIALS_REQUEST, Kind.PERSONAL_INFO_REQUEST,
            Kind.URGENT_DEADLINE, Kind.THREAT_OF_CONSEQUENCES, Kind.SECRECY_REQUEST, Kind.TOO_GOOD_TO_BE_TRUE,
            Kind.UNEXPECTED_CHARGE, Kind.AUTHORITY_IMPERSONATION, Kind.GENERIC_GREETING);

    /** Which facts file names the facts of which kind (fact.KIND.NAME). Names skipped in code are listed. */
    private static final Map<String, Kind> FACT_FILES = Map.of(
            "credentials-facts", Kind.CREDENTIALS_REQUEST,
            "personal-info-facts", Kind.PERSONAL_INFO_REQUEST,
            "threats-facts", Kind.THREAT_OF_CONSEQUENCES,
            "secrecy-facts", Kind.SECRECY_REQUEST,
            "windfall-facts", Kind.TOO_GOOD_TO_BE_TRUE,
            "charges-facts", Kind.UNEXPECTED_CHARGE,
            "authority-facts", Kind.AUTHORITY_IMPERSONATION);
    private static final List<String> NOT_SHOWN = List.of("fact.credentials-request.password");

    private final Messages messages = Messages.english();

    private List<String> keys() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Kind k : KINDS) {
            keys.add(k.titleKey());
            keys.add(k.explanationKey());
            keys.add(k.adviceKey());
        }
        for (Map.Entry<String, Kind> e : FACT_FILES.entrySet()) {
            Path file = Path.of("src/main/resources/io/scamcheck/knowledge/phrases", e.getKey() + ".en.txt");
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String key = "fact." + e.getValue().id() + "." + line.substring(0, line.indexOf('\t'));
                if (!NOT_SHOWN.contains(key)) {
                    keys.add(key);
                }
            }
        }
        keys.add("fact.secrecy-request.unreachable");
        return keys;
    }

    @Test
    void everySentenceExists() throws IOException {
        for (String key : keys()) {
            assertThat(messages.has(key)).as(key).isTrue();
        }
    }

    @Test
    void plainWordsGradeEightOrLower() throws IOException {
        for (String key : keys()) {
            String text = messages.get(key);
            assertThat(grade(text)).as("%s: %s", key, text).isLessThanOrEqualTo(8.0);
        }
    }

    @Test
    void neverSaysSafe() throws IOException {
        for (String key : keys()) {
            assertThat(messages.get(key).toLowerCase(Locale.ROOT)).as(key).doesNotContain("safe");
        }
    }

    @Test
    void gradeOfKnownSentences() {
        assertThat(grade("The cat sat on the mat.")).isLessThan(2.0);
        assertThat(grade("Notwithstanding considerable institutional reorganization, administrative "
                + "responsibilities remained fundamentally unchanged.")).isGreaterThan(14.0);
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'\u2019-]*|\\d+");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    /** Flesch-Kincaid grade level: 0.39 words per sentence + 11.8 syllables per word - 15.59. */
    static double grade(String text) {
        int sentences = Math.max(1, text.split("[.!?]+(?:\\s|$)").length);
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        int n = 0;
        Matcher m = VOWELS.matcher(w);
        while (m.find()) {
            n++;
        }
        if (n > 1 && w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && !w.endsWith("ye")) {
            n--;
        }
        return Math.max(1, n);
    }
}
