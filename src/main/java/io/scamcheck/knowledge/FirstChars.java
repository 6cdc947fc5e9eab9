package io.scamcheck.knowledge;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The characters a phrase line's match can start with, written as the inside of a character class, or null
 * when that cannot be told simply (the line starts with a class like \\w, an optional part, a look-around).
 * Used only to speed matching up: a wrong "null" costs speed, never a match.
 */
final class FirstChars {
    private FirstChars() {
    }

    static Set<Character> of(String regex) {
        StringBuilder out = new StringBuilder();
        if (first(regex, 0, out) < 0) {
            return null;
        }
        return expand(out.toString());
    }

    /** The characters of a class's inside ("a", "\\$", "x-z"), lower-cased; null for anything else. */
    private static Set<Character> expand(String inside) {
        Set<Character> out = new LinkedHashSet<>();
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '\\') {
                if (i + 1 >= inside.length() || Character.isLetterOrDigit(inside.charAt(i + 1))) {
                    return null;
                }
                out.add(inside.charAt(++i));
            } else if (i + 2 < inside.length() && inside.charAt(i + 1) == '-') {
                char last = inside.charAt(i + 2);
                if (last < c || last - c > 200) {
                    return null;
                }
                for (char k = c; k <= last; k++) {
                    out.add(Character.toLowerCase(k));
                }
                i += 2;
            } else if (c == '&' || c == '[' || c == '^') {
                return null;
            } else {
                out.add(Character.toLowerCase(c));
            }
        }
        return out;
    }

    /**
     * Adds the first characters of the sequence starting at i (up to the end of its group or alternative)
     * to out. Returns the index where the first atom ends, or -1 when unknown.
     */
    private static int first(String re, int i, StringBuilder out) {
        // Word boundaries take no room: skip them.
        while (re.startsWith("\\b", i)) {
            i += 2;
        }
        if (i >= re.length()) {
            return -1;
        }
        char c = re.charAt(i);
        int end;
        if (c == '(') {
            if (re.startsWith("(?:", i)) {
                end = alternatives(re, i + 3, out);
            } else if (re.startsWith("(?", i)) {
                return -1;
            } else {
                end = alternatives(re, i + 1, out);
            }
        } else if (c == '[') {
            int close = classEnd(re, i);
            if (close < 0 || re.startsWith("[^", i)) {
                return -1;
            }
            out.append(re, i + 1, close);
            end = close + 1;
        } else if (c == '\\') {
            if (i + 1 >= re.length()) {
                return -1;
            }
            char e = re.charAt(i + 1);
            if (e == 'd') {
                out.append("0-9");
                end = i + 2;
                return quantified(re, end) ? -1 : end;
            }
            if (Character.isLetterOrDigit(e)) {
                return -1;
            }
            out.append('\\').append(e);
            end = i + 2;
        } else if (Character.isLetterOrDigit(c) || "$€£'’\"“-".indexOf(c) >= 0) {
            appendLiteral(out, c);
            end = i + 1;
        } else {
            return -1;
        }
        if (end < 0) {
            return -1;
        }
        return quantified(re, end) ? -1 : end;
    }

    /** A first atom that may be left out ("a?", "(x)*", "y{0,2}") lets the match start elsewhere. */
    private static boolean quantified(String re, int end) {
        if (end < re.length()) {
            char q = re.charAt(end);
            return q == '?' || q == '*' || re.startsWith("{0", end);
        }
        return false;
    }

    /** The first characters of each alternative of a group whose inside starts at i; returns after ')'. */
    private static int alternatives(String re, int i, StringBuilder out) {
        int depth = 0;
        int start = i;
        for (int k = i; k < re.length(); k++) {
            char c = re.charAt(k);
            if (c == '\\') {
                k++;
                continue;
            }
            if (c == '[') {
                k = classEnd(re, k);
                if (k < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if ((c == '|' || c == ')') && depth == 0) {
                if (k == start || first(re.substring(start, k), 0, out) < 0) {
                    return -1;
                }
                if (c == ')') {
                    return k + 1;
                }
                start = k + 1;
            }
        }
        return -1;
    }

    private static int classEnd(String re, int open) {
        for (int k = open + 1; k < re.length(); k++) {
            char c = re.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == ']' && k > open + 1) {
                return k;
            }
        }
        return -1;
    }

    private static void appendLiteral(StringBuilder out, char c) {
        if (Character.isLetterOrDigit(c)) {
            out.append(c);
        } else {
            out.append('\\').append(c);
        }
    }
}
