package io.scamcheck.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plainness measure that works the same in every language: short sentences and no very long words. (The
 * Flesch-Kincaid grade in {@link ReadingGrade} counts English syllables, so it only fits English.)
 *
 * <p>Limits: on average at most 14 words a sentence, never more than 28, and no word (or part of a word joined
 * by hyphens) longer than 20 letters. German joins nouns into long words; plain German splits them with a
 * hyphen ("Sozialversicherungs-Nummer"), as "Leichte Sprache" does.
 */
final class Plainness {
    static final double MAX_AVERAGE_SENTENCE_WORDS = 14;
    static final int MAX_SENTENCE_WORDS = 28;
    static final int MAX_WORD_LETTERS = 20;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\u2019-]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*(?:\\{[^{}]*\\}[^{}]*)*\\}");

    private Plainness() {
    }

    /** A pattern's text with each placeholder as one word ("X"); a choice's words count as that one word. */
    static String withoutPlaceholders(String pattern) {
        return PLACEHOLDER.matcher(pattern).replaceAll("X");
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
