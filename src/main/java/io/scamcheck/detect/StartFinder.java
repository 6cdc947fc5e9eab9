package io.scamcheck.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern's matches in {@code text[from, to)}, the same ones {@link Matcher#find()} gives over that region,
 * found faster when every match must start with one of a few ASCII characters: the pattern is tried only at
 * those characters. On a long message most characters are not one of them, and a plain search tries the
 * pattern at every one.
 *
 * <p>The same matches, provided that the pattern looks back at most one character (a {@code \b} or a one-char
 * look-behind), has no {@code ^}, {@code \A} or {@code \G}, and cannot match starting at any character outside
 * the given set (for a case-insensitive pattern without Unicode case, give both cases). When {@code to} is not
 * the end of the text, it simply searches.
 */
public final class StartFinder {
    private final Matcher m;
    private final CharSequence text;
    private final int from;
    private final int to;
    private final boolean[] first = new boolean[128];
    private final boolean fast;
    /** What every match starts with, in lower case (ASCII letters match either case), or "". */
    private final String prefix;
    private int next;

    public StartFinder(Pattern pattern, CharSequence text, int from, int to, String firstChars) {
        this(pattern, text, from, to, firstChars, "");
    }

    /**
     * For a case-insensitive pattern (ASCII case only) whose every match starts with {@code prefix}: tried only
     * where the text starts with it, in either case.
     */
    public static StartFinder ignoringCase(Pattern pattern, CharSequence text, int from, int to, String prefix) {
        String lower = prefix.toLowerCase(java.util.Locale.ROOT);
        char c = lower.charAt(0);
        String first = Character.isLetter(c) ? "" + c + Character.toUpperCase(c) : "" + c;
        return new StartFinder(pattern, text, from, to, first, lower);
    }

    private StartFinder(Pattern pattern, CharSequence text, int from, int to, String firstChars, String prefix) {
        this.prefix = prefix;
        this.m = pattern.matcher(text);
        this.text = text;
        this.from = from;
        this.to = to;
        this.next = from;
        for (int i = 0; i < firstChars.length(); i++) {
            char c = firstChars.charAt(i);
            if (c >= 128) {
                throw new IllegalArgumentException("not ASCII: " + c);
            }
            first[c] = true;
        }
        this.fast = to == text.length();
        m.region(from, to);
    }

    /** The next match, as {@link Matcher#find()}; then {@link #matcher()} tells where it is and its groups. */
    public boolean find() {
        if (!fast) {
            return m.find();
        }
        for (int i = next; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !first[c] || !startsWith(i)) {
                continue;
            }
            // at the region's start its edge counts as in a search over the region; further on, the pattern
            // sees the character before (which a search over the region sees too)
            boolean edge = i == from;
            m.useTransparentBounds(!edge);
            m.useAnchoringBounds(edge);
            m.region(i, to);
            if (m.lookingAt()) {
                next = m.end() > i ? m.end() : i + 1;
                return true;
            }
        }
        next = to;
        return false;
    }

    private boolean startsWith(int i) {
        int n = prefix.length();
        if (n <= 1) {
            return true;
        }
        if (i + n > to) {
            return false;
        }
        for (int k = 1; k < n; k++) {
            char c = text.charAt(i + k);
            char p = prefix.charAt(k);
            if (c != p && !(p >= 'a' && p <= 'z' && c == p - 32)) {
                return false;
            }
        }
        return true;
    }

    /** The matcher, placed on the last match found. */
    public Matcher matcher() {
        return m;
    }
}
