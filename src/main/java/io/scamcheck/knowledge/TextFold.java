package io.scamcheck.knowledge;

/**
 * A copy of some text in which look-alike letters from other alphabets are replaced by the Latin letters they
 * imitate (Cyrillic "а", Greek "Ρ", mathematical bold "𝐘") and invisible characters are removed (zero-width
 * spaces, direction marks, combining strokes, variation selectors), with a map back to the original offsets.
 * Scam mail uses these tricks so that filters miss its words; phrase lists should not.
 */
final class TextFold {
    private static final String FROM =
            // Cyrillic
            "аеорсухіјѕԁԛԝһӏвкмнтАВЕКМНОРСТХУІЈЅԜ"
            // Greek
            + "οαερτυνικΑΒΕΖΗΙΚΜΝΟΡΤΥΧϜ"
            // Armenian and others often used in mail
            + "օսոցհլ";
    private static final String TO =
            "aeopcyxijsdqwhlbkmhtABEKMHOPCTXYIJSW"
            + "oaeptuvikABEZHIKMNOPTYXF"
            + "ouoghl";

    /** Look-alike letters below U+0600 (Greek, Cyrillic, Armenian) and the Latin letter each imitates. */
    private static final char[] MAP = new char[0x600];

    static {
        for (int i = 0; i < FROM.length(); i++) {
            MAP[FROM.charAt(i)] = TO.charAt(i);
        }
    }

    /** The last fold made on this thread: detectors look at the same text many times in a row. */
    private static final ThreadLocal<TextFold> LAST = new ThreadLocal<>();

    private final CharSequence source;
    private final int from;
    private final int to;
    private final String folded;
    /** For each folded char: where its original starts, and where it ends. */
    private final int[] start;
    private final int[] end;

    private TextFold(CharSequence source, int from, int to, String folded, int[] start, int[] end) {
        this.source = source;
        this.from = from;
        this.to = to;
        this.folded = folded;
        this.start = start;
        this.end = end;
    }

    /** Whether a region holds anything to fold; most mail does not, and then no copy is made. */
    static boolean needed(CharSequence text, int from, int to) {
        if (to - from >= SharedScan.MIN_LENGTH && text instanceof String s) {
            // a long text is asked about by every phrase list: where its foldable chars are is found once
            Places p = PLACES.get();
            if (p == null || p.text.get() != s) {
                p = new Places(s);
                PLACES.set(p);
            }
            return p.any(from, to);
        }
        for (int i = from; i < to; i++) {
            if (foldable(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean foldable(char c) {
        return c >= 0x80 && (Character.isSurrogate(c) || (c < MAP.length && MAP[c] != 0) || invisible(c)
                || (c >= '\uFF01' && c <= '\uFF5E'));
    }

    /** The places in one long text where a char would be folded, in order. */
    private static final class Places {
        final java.lang.ref.WeakReference<String> text;
        final int[] at;

        Places(String s) {
            text = new java.lang.ref.WeakReference<>(s);
            int[] a = new int[16];
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (foldable(s.charAt(i))) {
                    if (n == a.length) {
                        a = java.util.Arrays.copyOf(a, n * 2);
                    }
                    a[n++] = i;
                }
            }
            at = java.util.Arrays.copyOf(a, n);
        }

        boolean any(int from, int to) {
            int k = java.util.Arrays.binarySearch(at, from);
            if (k < 0) {
                k = -k - 1;
            }
            return k < at.length && at[k] < to;
        }
    }

    private static final ThreadLocal<Places> PLACES = new ThreadLocal<>();

    static TextFold of(CharSequence text, int from, int to) {
        TextFold last = LAST.get();
        if (last != null && last.source == text && last.from == from && last.to == to) {
            return last;
        }
        TextFold made = make(text, from, to);
        LAST.set(made);
        return made;
    }

    private static TextFold make(CharSequence text, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int[] s = new int[to - from];
        int[] e = new int[to - from];
        int n = 0;
        int i = from;
        while (i < to) {
            int cp = Character.codePointAt(text, i);
            int next = Math.min(to, i + Character.charCount(cp));
            if (cp < 0x80) {
                sb.append((char) cp);
                s[n] = i;
                e[n] = next;
                n++;
            } else if (!invisible(cp)) {
                int out = fold(cp);
                if (Character.isBmpCodePoint(out)) {
                    sb.append((char) out);
                    s[n] = i;
                    e[n] = next;
                    n++;
                } else {
                    for (char c : Character.toChars(out)) {
                        sb.append(c);
                        s[n] = i;
                        e[n] = next;
                        n++;
                    }
                }
            }
            i = next;
        }
        return new TextFold(text, from, to, sb.toString(), java.util.Arrays.copyOf(s, n),
                java.util.Arrays.copyOf(e, n));
    }

    String text() {
        return folded;
    }

    /** Original offset where folded char {@code k} starts. */
    int originalStart(int k) {
        return start[k];
    }

    /** Original offset just after folded char {@code k - 1} (the end of a span ending at {@code k}). */
    int originalEnd(int k) {
        return end[k - 1];
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0000 && cp <= 0xE01EF);
    }

    private static int fold(int cp) {
        if (cp < 0x80) {
            return cp;
        }
        if (cp < MAP.length && MAP[cp] != 0) {
            return MAP[cp];
        }
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            return cp - 0xFF01 + '!';
        }
        if (cp >= 0x1D400 && cp <= 0x1D7FF) {
            // mathematical bold, italic, script... letters and digits: their compatibility form is plain
            String plain = java.text.Normalizer.normalize(new String(Character.toChars(cp)),
                    java.text.Normalizer.Form.NFKC);
            if (plain.length() == 1) {
                return plain.charAt(0);
            }
        }
        return cp;
    }
}
