package io.scamcheck.i18n;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade level of an English text: 0.39 x (words per sentence) + 11.8 x (syllables per
 * word) - 15.59. Grade 8 is what a 13-year-old reads easily. Syllables are counted by the usual rule of thumb:
 * groups of vowels, less a silent final "e" and the "-es"/"-ed" endings that add no sound.
 */
public final class ReadingGrade {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private ReadingGrade() {
    }

    public static double grade(String text) {
        int words = words(text);
        if (words == 0) {
            return 0;
        }
        return 0.39 * words / sentences(text) + 11.8 * syllables(text) / words - 15.59;
    }

    public static int words(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    public static int sentences(String text) {
        int n = 0;
        Matcher m = SENTENCE_END.matcher(text.strip());
        while (m.find()) {
            n++;
        }
        // A last sentence without a full stop (a title, a line of advice) still counts.
        String t = text.strip();
        if (!t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) < 0) {
            n++;
        }
        return Math.max(1, n);
    }

    public static int syllables(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n += syllablesOfWord(m.group());
        }
        return n;
    }

    /** Syllables of one word: vowel groups, less silent endings; a number or an abbreviation counts as one. */
    public static int syllablesOfWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() <= 3) {
            return 1;
        }
        if (w.endsWith("es") && !w.matches(".*(?:[sxz]|ch|sh|c|g)es")) {
            w = w.substring(0, w.length() - 2); // "makes", "times": the "es" adds no sound
        } else if (w.endsWith("ed") && !w.matches(".*[td]ed")) {
            w = w.substring(0, w.length() - 2); // "used", "called" (but "wanted", "added" keep it)
        } else if (w.endsWith("e") && !w.matches(".*[^aeiouy]le") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1); // "make", "phone" (but "table", "free" keep it)
        }
        int n = 0;
        Matcher m = VOWELS.matcher(w);
        while (m.find()) {
            n++;
        }
        return Math.max(1, n);
    }
}
