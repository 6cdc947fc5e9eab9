package io.scamcheck.i18n;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words for the tech support, sextortion, payment and disguised-text kinds: every one is there, plain
 * (Flesch-Kincaid grade 8 or lower), never calls a message safe, and formats with its arguments.
 */
class ScamKindWordingTest {
    private static final List<String> KINDS = List.of("fake-virus-alert", "hacked-device-claim", "password-shown",
            "sent-from-your-account", "remote-access-request", "unusual-payment", "crypto-address", "disguised-text");

    private final Messages messages = Messages.english();

    private List<String> readerKeys() {
        List<String> keys = new ArrayList<>();
        for (String kind : KINDS) {
            for (String part : List.of("title", "explanation", "advice")) {
                keys.add("kind." + kind + "." + part);
            }
        }
        for (String key : messages.bundle().keySet()) {
            for (String kind : KINDS) {
                if (key.startsWith("fact." + kind + ".")) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private String sample(String key) {
        Object[] args = {2, "о, а", "x"};
        return messages.get(key, args);
    }

    @Test
    void everyKindHasItsWords() {
        for (String key : readerKeys()) {
            assertThat(messages.has(key)).as(key).isTrue();
            assertThat(messages.get(key)).as(key).isNotBlank();
        }
        assertThat(readerKeys()).hasSizeGreaterThan(KINDS.size() * 3);
    }

    @Test
    void explanationsAndAdviceAreGradeEightOrLower() {
        for (String key : readerKeys()) {
            if (key.endsWith(".title")) {
                continue;
            }
            String text = sample(key);
            assertThat(grade(text)).as(key + ": " + text).isLessThanOrEqualTo(8.0);
        }
    }

    @Test
    void titlesAreShort() {
        for (String kind : KINDS) {
            String title = messages.get("kind." + kind + ".title");
            assertThat(title.split("\\s+").length).as(title).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void nothingIsCalledSafe() {
        for (String key : readerKeys()) {
            assertThat(sample(key).toLowerCase(Locale.ROOT)).as(key).doesNotContainPattern("\\bsafe\\b");
        }
    }

    @Test
    void countsReadNaturally() {
        assertThat(messages.get("fact.disguised-text.lookalike", 1, "о")).startsWith("One word is");
        assertThat(messages.get("fact.disguised-text.lookalike", 3, "о")).startsWith("3 words are");
        assertThat(messages.get("fact.disguised-text.invisible", 1)).startsWith("One word has hidden marks inside it ");
    }

    /** Flesch-Kincaid grade level: 0.39 words per sentence + 11.8 syllables per word - 15.59. */
    static double grade(String text) {
        String[] sentences = text.split("[.!?:]+(\\s+|$)");
        int sentenceCount = 0;
        for (String s : sentences) {
            if (!s.isBlank()) {
                sentenceCount++;
            }
        }
        Matcher m = Pattern.compile("[A-Za-z][A-Za-z']*").matcher(text);
        int words = 0;
        int syllables = 0;
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words == 0) {
            return 0;
        }
        return 0.39 * words / Math.max(1, sentenceCount) + 11.8 * syllables / words - 15.59;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("'s$", "").replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher m = Pattern.compile("[aeiouy]{1,2}").matcher(w);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return Math.max(1, n);
    }
}
