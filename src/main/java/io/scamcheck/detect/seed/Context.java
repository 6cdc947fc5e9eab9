package io.scamcheck.detect.seed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small text helpers shared by the seed detectors: whether words near a spot accuse the reader, and where a
 * sentence or line begins and ends. All work on bounded windows so they stay fast on long messages.
 */
final class Context {
    /** The reader's own address, computer or connection named: "your IP address", "your computer". */
    static final Pattern YOUR_THING = Pattern.compile(
            "(?i)\\byour\\s{1,3}(?:own\\s{1,3})?(?:IP(?:v[46])?|internet|public\\s{1,3}IP|MAC|network|computer|device|PC"
                    + "|laptop|phone|router|system|connection|browser|location|webcam|camera)\\b");

    /**
     * Words that turn a mention into an accusation: a crime, an infection or a break-in, or "we have found".
     * Plain network words such as "blocked" or "detected" are left out on purpose: a mail server or an IT
     * helper uses them about an address without accusing anyone.
     */
    static final Pattern STRONG_CLAIM = Pattern.compile(
            "(?i)\\b(?:(?:we|our\\s{1,3}(?:system|team|server|software|department|unit|experts?)s?)\\s{1,3}(?:have\\s{1,3}|has\\s{1,3})?"
                    + "(?:found|detected|traced|tracked|logged|recorded|identified|noticed|monitored|observed)"
                    + "|illegal|illicit|unlawful|violat(?:ed|ion|ions|ing)|pornograph\\w{0,4}|porn|pa?edophil\\w{0,4}"
                    + "|crimes?|criminal|police|investigation|arrest\\w{0,4}|offen[cs]es?|hacked|hackers?|infected"
                    + "|viruse?s?|malware|trojans?|spyware|compromised|blacklisted|fraudulent)\\b");

    private Context() {
    }

    /**
     * The same pattern, tried only where a word starts. Phrase lists are long alternations; checking the word
     * start once, before any of them, makes a scan of a long message several times faster.
     */
    static Pattern atWordStarts(Pattern p) {
        return Pattern.compile("\\b(?=[\\p{L}\\p{N}])(?:" + p.pattern() + ")", p.flags());
    }

    /** Whether a match starting at {@code i} starts at a word, as {@link #atWordStarts} requires. */
    static boolean startsWord(String text, int i) {
        if (i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.codePointAt(i))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        int before = text.codePointBefore(i);
        return !Character.isLetterOrDigit(before) && before != '_';
    }

    /**
     * Whether the words around [start, end) accuse the reader: within the window there is both a mention of
     * the reader's own address or computer and a word of accusation.
     */
    static boolean accusesReader(String text, int lower, int start, int end, int before, int after) {
        int from = Math.max(lower, start - before);
        int to = Math.min(text.length(), end + after);
        return has(YOUR_THING, text, from, to) && has(STRONG_CLAIM, text, from, to);
    }

    static boolean has(Pattern p, String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        Matcher m = p.matcher(text);
        m.region(from, to);
        return m.find();
    }

    /** Start of the line holding offset i. */
    static int lineStart(String text, int i) {
        int nl = text.lastIndexOf('\n', Math.max(0, i - 1));
        return nl < 0 ? 0 : nl + 1;
    }

    /** End of the line holding offset i (the index of its newline, or the text's end). */
    static int lineEnd(String text, int i) {
        int nl = text.indexOf('\n', i);
        return nl < 0 ? text.length() : nl;
    }

    /**
     * Start of the sentence holding offset i: just after the last '.', '!', '?' followed by a space, or after
     * a blank line, looking back at most {@code max} characters and never before {@code lower}.
     */
    static int sentenceStart(String text, int i, int lower, int max) {
        // From the end of a sentence, step back over its own closing mark and the space after it first.
        while (i > lower && (Character.isWhitespace(text.charAt(i - 1)) || ".!?".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        int limit = Math.max(lower, i - max);
        for (int j = i - 1; j > limit; j--) {
            char c = text.charAt(j);
            if ((c == '.' || c == '!' || c == '?') && j + 1 < text.length()
                    && Character.isWhitespace(text.charAt(j + 1))) {
                return j + 1;
            }
            if (c == '\n' && text.charAt(j - 1) == '\n') {
                return j + 1;
            }
        }
        return limit;
    }

    /** End of the sentence holding offset i, looking ahead at most {@code max} characters. */
    static int sentenceEnd(String text, int i, int max) {
        int limit = Math.min(text.length(), i + max);
        for (int j = i; j < limit; j++) {
            char c = text.charAt(j);
            if ((c == '.' || c == '!' || c == '?') && (j + 1 >= text.length()
                    || Character.isWhitespace(text.charAt(j + 1)))) {
                return j + 1;
            }
            if (c == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
                return j;
            }
        }
        return limit;
    }
}
