package io.scamcheck.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The first few characters (up to {@link #DEPTH}) a phrase line's match can start with, worked out from the line itself, so that
 * {@link PhraseList#find} tries a line only where the text starts that way. Each result string has one or
 * up to DEPTH characters, lower case, with ' ' standing for any white space; a shorter string means "these
 * first characters, then anything". Null means it cannot be told simply (the line starts with \w, a negated
 * class, a look-around...), and the caller then reads the text the slow, sure way. Getting this wrong in the
 * safe direction (more prefixes than needed) costs only speed; a missing prefix would lose matches, so
 * anything unclear ends the prefix early ("then anything").
 */
final class Prefixes {
    static final int DEPTH = 3;
    private static final int LIMIT = 20000;

    private Prefixes() {
    }

    /** An element of a line: characters with a repeat count, a group of alternatives, or "unknown". */
    private record Atom(Set<Character> chars, List<List<Atom>> alternatives, boolean zeroWidth, int min,
                        boolean repeats) {
        boolean unknown() {
            return chars == null && alternatives == null && !zeroWidth;
        }
    }

    private interface Next {
        void from(String prefix);
    }

    /** The prefixes of the line as written in the phrase file (a space meaning white space). */
    static Set<String> of(String line) {
        List<Atom> seq;
        try {
            int[] pos = {0};
            seq = sequence(line, pos);
            if (pos[0] != line.length()) {
                return null;
            }
        } catch (RuntimeException e) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        boolean[] failed = {false};
        expand(seq, 0, "", out, p -> out.add(p), failed);
        if (failed[0] || out.isEmpty() || out.contains("") || out.size() > LIMIT) {
            return null;
        }
        return out;
    }

    private static void expand(List<Atom> seq, int idx, String prefix, Set<String> out, Next done, boolean[] failed) {
        if (failed[0] || out.size() > LIMIT) {
            failed[0] = true;
            return;
        }
        if (prefix.length() >= DEPTH) {
            out.add(prefix);
            return;
        }
        if (idx == seq.size()) {
            done.from(prefix);
            return;
        }
        Atom a = seq.get(idx);
        if (a.zeroWidth()) {
            expand(seq, idx + 1, prefix, out, done, failed);
            return;
        }
        if (a.unknown()) {
            if (prefix.isEmpty()) {
                failed[0] = true;
            } else {
                out.add(prefix);
            }
            return;
        }
        if (a.min() == 0) {
            expand(seq, idx + 1, prefix, out, done, failed);
        }
        // After one occurrence of a repeated element, what follows is not worked out: "then anything".
        Next after = a.repeats() ? p -> out.add(p) : p -> expand(seq, idx + 1, p, out, done, failed);
        if (a.chars() != null) {
            for (char c : a.chars()) {
                String p = prefix + c;
                if (p.length() >= DEPTH) {
                    out.add(p);
                } else {
                    after.from(p);
                }
            }
        } else {
            for (List<Atom> alt : a.alternatives()) {
                expand(alt, 0, prefix, out, after, failed);
            }
        }
    }

    /** Reads atoms up to '|' or ')' at this level. */
    private static List<Atom> sequence(String re, int[] pos) {
        List<Atom> seq = new ArrayList<>();
        while (pos[0] < re.length()) {
            char c = re.charAt(pos[0]);
            if (c == '|' || c == ')') {
                break;
            }
            seq.add(quantified(re, pos, atom(re, pos)));
        }
        return seq;
    }

    private static Atom atom(String re, int[] pos) {
        char c = re.charAt(pos[0]);
        if (c == '(') {
            pos[0]++;
            boolean lookaround = false;
            if (re.startsWith("?:", pos[0]) || re.startsWith("?>", pos[0])) {
                pos[0] += 2;
            } else if (re.startsWith("?=", pos[0]) || re.startsWith("?!", pos[0])) {
                lookaround = true;
                pos[0] += 2;
            } else if (re.startsWith("?<=", pos[0]) || re.startsWith("?<!", pos[0])) {
                lookaround = true;
                pos[0] += 3;
            } else if (re.startsWith("?<", pos[0])) {
                pos[0] = re.indexOf('>', pos[0]) + 1; // a named group: its inside counts
            } else if (re.startsWith("?", pos[0])) {
                // Flags such as (?i) or (?i:...): the flags are skipped, the inside (if any) counts.
                int colon = re.indexOf(':', pos[0]);
                int close = re.indexOf(')', pos[0]);
                if (colon >= 0 && colon < close) {
                    pos[0] = colon + 1;
                } else {
                    pos[0] = close;
                    lookaround = true;
                }
            }
            List<List<Atom>> alts = new ArrayList<>();
            alts.add(sequence(re, pos));
            while (pos[0] < re.length() && re.charAt(pos[0]) == '|') {
                pos[0]++;
                alts.add(sequence(re, pos));
            }
            if (pos[0] >= re.length() || re.charAt(pos[0]) != ')') {
                throw new IllegalArgumentException("unclosed group");
            }
            pos[0]++;
            if (lookaround) {
                return new Atom(null, null, true, 1, false);
            }
            return new Atom(null, alts, false, 1, false);
        }
        if (c == '[') {
            int close = re.indexOf(']', pos[0] + 2);
            int k = pos[0] + 1;
            Set<Character> chars = new LinkedHashSet<>();
            boolean ok = re.charAt(k) != '^';
            for (; k < re.length() && (re.charAt(k) != ']' || k == pos[0] + 1); k++) {
                char x = re.charAt(k);
                if (x == '\\' && k + 1 < re.length()) {
                    char e = re.charAt(++k);
                    if (e == 'd') {
                        for (char d = '0'; d <= '9'; d++) {
                            chars.add(d);
                        }
                    } else if (e == 's') {
                        chars.add(' ');
                    } else if (Character.isLetterOrDigit(e)) {
                        ok = false;
                    } else {
                        chars.add(e);
                    }
                } else if (x == '[' || x == '&') {
                    ok = false;
                } else if (k + 2 < re.length() && re.charAt(k + 1) == '-' && re.charAt(k + 2) != ']') {
                    char last = re.charAt(k + 2);
                    for (char y = x; y <= last && y - x < 200; y++) {
                        chars.add(lower(y));
                    }
                    k += 2;
                } else {
                    chars.add(lower(x));
                }
            }
            if (close < 0 || k >= re.length()) {
                throw new IllegalArgumentException("unclosed class");
            }
            pos[0] = k + 1;
            return ok ? new Atom(chars, null, false, 1, false) : new Atom(null, null, false, 1, false);
        }
        if (c == '\\') {
            char e = re.charAt(pos[0] + 1);
            pos[0] += 2;
            if (e == 'b') {
                return new Atom(null, null, true, 1, false);
            }
            if (e == 'd') {
                Set<Character> digits = new LinkedHashSet<>();
                for (char d = '0'; d <= '9'; d++) {
                    digits.add(d);
                }
                return new Atom(digits, null, false, 1, false);
            }
            if (e == 's') {
                return new Atom(Set.of(' '), null, false, 1, false);
            }
            if (Character.isLetterOrDigit(e)) {
                return new Atom(null, null, false, 1, false);
            }
            return new Atom(Set.of(e), null, false, 1, false);
        }
        pos[0]++;
        if (c == '.' || c == '^' || c == '$') {
            return c == '^' ? new Atom(null, null, true, 1, false) : new Atom(null, null, false, 1, false);
        }
        if (c == ' ') {
            // A space in a phrase line stands for a run of white space: after the first, more may follow.
            return new Atom(Set.of(' '), null, false, 1, true);
        }
        return new Atom(Set.of(lower(c)), null, false, 1, false);
    }

    /** Applies a following ?, *, +, {m,n} (and a lazy or possessive mark after it). */
    private static Atom quantified(String re, int[] pos, Atom a) {
        if (pos[0] >= re.length()) {
            return a;
        }
        char q = re.charAt(pos[0]);
        int min;
        boolean repeats;
        if (q == '?') {
            min = 0;
            repeats = false;
            pos[0]++;
        } else if (q == '*') {
            min = 0;
            repeats = true;
            pos[0]++;
        } else if (q == '+') {
            min = 1;
            repeats = true;
            pos[0]++;
        } else if (q == '{') {
            int close = re.indexOf('}', pos[0]);
            String[] parts = re.substring(pos[0] + 1, close).split(",", -1);
            min = Integer.parseInt(parts[0].strip());
            int max = parts.length == 1 ? min : parts[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(parts[1].strip());
            repeats = max > 1;
            pos[0] = close + 1;
        } else {
            return a;
        }
        if (pos[0] < re.length() && (re.charAt(pos[0]) == '?' || re.charAt(pos[0]) == '+')) {
            pos[0]++;
        }
        if (a.zeroWidth()) {
            return a;
        }
        return new Atom(a.chars(), a.alternatives(), false, min, repeats || a.repeats());
    }

    private static char lower(char c) {
        return Character.toLowerCase(c);
    }
}
