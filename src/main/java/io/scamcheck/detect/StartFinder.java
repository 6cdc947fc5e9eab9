package io.scamcheck.detect;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern's matches in {@code text[from, to)}, the same ones {@link Matcher#find()} gives over that region,
 * found faster when every match must start with one of a few short ASCII strings: the pattern is tried only
 * where one of them starts. On a long message most places start none of them, and a plain search tries the
 * pattern at every one.
 *
 * <p>The same matches, provided that the pattern looks back at most one character (a {@code \b} or a one-char
 * look-behind), has no {@code ^}, {@code \A} or {@code \G}, cannot match starting anywhere else, and cannot
 * match starting right after a letter or digit (it starts with {@code \b} or a look-behind that refuses them,
 * and the strings start with a letter or digit). So it is tried only where a word starts: on a long text the
 * places where words start are found once ({@link WordStarts}) for every finder.
 */
public final class StartFinder {
    private final Matcher m;
    private final CharSequence text;
    private final int from;
    private final int to;
    /** Per ASCII char: the strings that start with it (lower case when ignoring case), or null. */
    private final String[][] starts = new String[128][];
    private final boolean ignoreCase;
    /** Where words start in the text, when it is long; else null and each char is looked at. */
    private final int[] words;
    /** The next place in {@link #words} to look at. */
    private int word;
    private int next;

    private StartFinder(Pattern pattern, CharSequence text, int from, int to, boolean ignoreCase,
            String... prefixes) {
        // a region short of the text's end is matched on a view that ends there, so that nothing past it is seen
        // (as in a search over the region) while the pattern still sees the character before each try
        this.text = to == text.length() ? text : new Prefix(text, to);
        this.m = pattern.matcher(this.text);
        this.from = from;
        this.to = to;
        this.next = from;
        this.ignoreCase = ignoreCase;
        for (String p : prefixes) {
            String s = ignoreCase ? p.toLowerCase(Locale.ROOT) : p;
            if (s.isEmpty() || s.chars().anyMatch(c -> c >= 128) || !Character.isLetterOrDigit(s.charAt(0))) {
                throw new IllegalArgumentException("not an ASCII word start: " + p);
            }
            add(s.charAt(0), s);
            if (ignoreCase && Character.isLetter(s.charAt(0))) {
                add(Character.toUpperCase(s.charAt(0)), s);
            }
        }
        m.region(from, to);
        this.words = WordStarts.of(text);
        if (words != null) {
            int k = java.util.Arrays.binarySearch(words, from + 1);
            word = k < 0 ? -k - 1 : k;
        }
    }

    private void add(char c, String s) {
        String[] old = starts[c];
        String[] now = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
        now[now.length - 1] = s;
        starts[c] = now;
    }

    /** A case-sensitive pattern whose every match starts with one of the given strings. */
    public static StartFinder startingWith(Pattern pattern, CharSequence text, int from, int to,
            String... prefixes) {
        return new StartFinder(pattern, text, from, to, false, prefixes);
    }

    /**
     * A case-insensitive pattern (ASCII case only: no {@code UNICODE_CASE}) whose every match starts with one of
     * the given strings, in either case.
     */
    public static StartFinder ignoringCase(Pattern pattern, CharSequence text, int from, int to,
            String... prefixes) {
        return new StartFinder(pattern, text, from, to, true, prefixes);
    }

    /** The next match, as {@link Matcher#find()}; then {@link #matcher()} tells where it is and its groups. */
    public boolean find() {
        for (int i = nextPlace(next); i < to; i = nextPlace(i + 1)) {
            char c = text.charAt(i);
            if (c >= 128 || starts[c] == null || !candidate(i)) {
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

    /** The first place at or after i where a match may start: the region's start, or where a word starts. */
    private int nextPlace(int i) {
        if (i == from) {
            return i;
        }
        if (words == null) {
            while (i < to && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
            }
            return i;
        }
        while (word < words.length && words[word] < i) {
            word++;
        }
        return word < words.length ? Math.min(words[word], to) : to;
    }

    private boolean candidate(int i) {
        for (String s : starts[text.charAt(i)]) {
            if (startsWith(i, s)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWith(int i, String s) {
        int n = s.length();
        if (i + n > to) {
            return false;
        }
        for (int k = 1; k < n; k++) {
            char c = text.charAt(i + k);
            char p = s.charAt(k);
            if (c != p && !(ignoreCase && p >= 'a' && p <= 'z' && c == p - 32)) {
                return false;
            }
        }
        return true;
    }

    /** The matcher, placed on the last match found. */
    public Matcher matcher() {
        return m;
    }

    /**
     * Where words start in a long text: each letter or digit that follows something else. Found once per text
     * (the last long text on each thread), since several detectors look for word starts in the same message.
     */
    static final class WordStarts {
        private static final int MIN_LENGTH = 8192;
        private static final ThreadLocal<WordStarts> LAST = new ThreadLocal<>();
        private final java.lang.ref.WeakReference<String> text;
        private final int[] at;

        private WordStarts(String s) {
            text = new java.lang.ref.WeakReference<>(s);
            int[] a = new int[1024];
            int n = 0;
            boolean inWord = false;
            for (int i = 0; i < s.length(); i++) {
                boolean w = Character.isLetterOrDigit(s.charAt(i));
                if (w && !inWord) {
                    if (n == a.length) {
                        a = java.util.Arrays.copyOf(a, n * 2);
                    }
                    a[n++] = i;
                }
                inWord = w;
            }
            at = java.util.Arrays.copyOf(a, n);
        }

        /** The word starts of a long String, in order; null for a short text. */
        static int[] of(CharSequence text) {
            if (text.length() < MIN_LENGTH || !(text instanceof String s)) {
                return null;
            }
            WordStarts last = LAST.get();
            if (last == null || last.text.get() != s) {
                last = new WordStarts(s);
                LAST.set(last);
            }
            return last.at;
        }
    }

    /** The text up to an end, same offsets. */
    private record Prefix(CharSequence text, int length) implements CharSequence {
        @Override
        public char charAt(int index) {
            if (index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            if (end > length) {
                throw new IndexOutOfBoundsException(end);
            }
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.subSequence(0, length).toString();
        }
    }
}
