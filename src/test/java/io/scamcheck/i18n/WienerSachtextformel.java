package io.scamcheck.i18n;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first Wiener Sachtextformel (Bamberger and Vanecek), a readability measure made for German texts; the
 * result is roughly the school year a reader needs (4 is very easy, 15 is hard):
 * 0.1935 MS + 0.1672 SL + 0.1297 IW - 0.0327 ES - 0.875, where MS is the percentage of words with three or
 * more syllables, SL the mean sentence length in words, IW the percentage of words longer than six letters,
 * ES the percentage of one-syllable words. Syllables are counted as groups of vowels (ei, au, eu, ie count as
 * one group, as they are one sound).
 */
final class WienerSachtextformel {
    private static final Pattern VOWELS = Pattern.compile("[aeiouyäöü]+");

    private WienerSachtextformel() {
    }

    static int syllables(String word) {
        int n = 0;
        Matcher m = VOWELS.matcher(word.toLowerCase(Locale.GERMAN));
        while (m.find()) {
            n++;
        }
        return Math.max(1, n);
    }

    /** The score of some texts taken together. */
    static double score(List<String> texts) {
        int sentences = 0;
        int words = 0;
        int many = 0;
        int longWords = 0;
        int one = 0;
        for (String text : texts) {
            for (String sentence : Plainness.sentences(Plainness.withoutPlaceholders(text))) {
                List<String> w = Plainness.words(sentence).stream()
                        .flatMap(x -> java.util.Arrays.stream(x.split("-")))
                        .filter(x -> !x.isEmpty() && !x.chars().allMatch(Character::isDigit)).toList();
                if (w.isEmpty()) {
                    continue;
                }
                sentences++;
                for (String word : w) {
                    words++;
                    int s = syllables(word);
                    many += s >= 3 ? 1 : 0;
                    one += s == 1 ? 1 : 0;
                    longWords += word.length() > 6 ? 1 : 0;
                }
            }
        }
        if (words == 0) {
            return 0;
        }
        return 0.1935 * 100.0 * many / words + 0.1672 * words / sentences + 0.1297 * 100.0 * longWords / words
                - 0.0327 * 100.0 * one / words - 0.875;
    }
}
