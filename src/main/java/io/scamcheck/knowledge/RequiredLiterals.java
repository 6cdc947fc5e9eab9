package io.scamcheck.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a regular expression (the subset phrase files use) and works out strings that every match must
 * contain: a set S such that any match contains at least one member of S, in lower case. Used to skip a phrase
 * line on texts that cannot match it. When in doubt (a construct it does not know), it answers "no
 * requirement", which only costs speed, never a match.
 */
final class RequiredLiterals {
    /** Sets larger than this are not kept as exact alternatives. */
    private static final int MAX_SET = 64;
    /** Words so common that requiring them saves nothing. */
    private static final Set<String> COMMON = Set.of("a", "an", "the", "and", "or", "to", "of", "in", "on", "at",
            "by", "for", "with", "from", "is", "be", "are", "was", "will", "has", "have", "it", "this", "that",
            "you", "your", "we", "our", "us", "my", "me", "i", "all", "any", "can", "not", "no", "as", "if", "been",
            "do", "does", "did", "so", "but", "about", "more", "there", "here", "what", "which", "who", "would",
            "could", "should", "may", "might", "must", "shall", "than", "then", "they", "them", "their", "he",
            "she", "his", "her", "its", "just", "only", "also", "new", "now", "get", "up", "out", "one", "please",
            "mail", "e-mail", "email", "message", "click", "link", "below",
            "make", "other", "some", "time", "like", "year", "day", "days", "these", "those");

    /** What a piece of pattern tells us: the exact strings it can match (null: too many), and the requirement. */
    private record Info(Set<String> exact, Set<String> required, Set<String> prefix) {
        Info(Set<String> exact, Set<String> required) {
            this(exact, required, null);
        }
    }

    private static final Info EMPTY = new Info(Set.of(""), null);
    private static final Info UNKNOWN = new Info(null, null);

    private final String re;
    private int pos;

    private RequiredLiterals(String re) {
        this.re = re;
    }

    /** Strings one of which every match contains (lower case), or null when there is no usable requirement. */
    static Set<String> of(String regex) {
        try {
            RequiredLiterals p = new RequiredLiterals(regex);
            Info info = p.alternation();
            if (p.pos != regex.length()) {
                return null;
            }
            Set<String> req = info.required();
            if (req == null || req.isEmpty() || req.contains("")) {
                return null;
            }
            return req;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Strings one of which every match starts with (lower case, none empty), or null when that cannot be told:
     * a line is then tried only where one of them starts. Zero-width parts (word boundaries, look-arounds,
     * line starts) are passed over, so "\\b(?:let|allow) us" starts with "let" or "allow".
     */
    static Set<String> prefixes(String regex) {
        try {
            RequiredLiterals p = new RequiredLiterals(regex);
            Info info = p.alternation();
            if (p.pos != regex.length()) {
                return null;
            }
            return usablePrefix(info.prefix());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Set<String> usablePrefix(Set<String> p) {
        return p == null || p.isEmpty() || p.contains("") ? null : p;
    }

    private Info alternation() {
        List<Info> alts = new ArrayList<>();
        alts.add(concat());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            alts.add(concat());
        }
        if (alts.size() == 1) {
            return alts.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        Set<String> req = new LinkedHashSet<>();
        Set<String> prefix = new LinkedHashSet<>();
        for (Info a : alts) {
            if (prefix != null) {
                Set<String> ap = usablePrefix(a.prefix());
                if (ap == null) {
                    prefix = null;
                } else {
                    prefix.addAll(ap);
                }
            }
            if (exact != null) {
                if (a.exact() == null) {
                    exact = null;
                } else {
                    exact.addAll(a.exact());
                    if (exact.size() > MAX_SET) {
                        exact = null;
                    }
                }
            }
            if (req != null) {
                if (a.required() == null) {
                    req = null;
                } else {
                    req.addAll(a.required());
                }
            }
        }
        return new Info(exact, req, prefix);
    }

    private Info concat() {
        List<Set<String>> candidates = new ArrayList<>();
        Set<String> run = Set.of("");
        Set<String> all = Set.of("");
        // what every match starts with: the exact items from the start, then the first other item's prefix
        Set<String> head = Set.of("");
        boolean headDone = false;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Info item = item();
            if (!headDone) {
                if (item.exact() != null) {
                    Set<String> joined = cross(head, item.exact());
                    if (joined == null) {
                        headDone = true;
                    } else {
                        head = joined;
                    }
                } else {
                    Set<String> ip = usablePrefix(item.prefix());
                    if (ip != null) {
                        Set<String> joined = cross(head, ip);
                        if (joined != null) {
                            head = joined;
                        }
                    }
                    headDone = true;
                }
            }
            if (item.exact() != null) {
                Set<String> joined = cross(run, item.exact());
                if (joined == null) {
                    candidates.add(run);
                    run = item.exact();
                } else {
                    run = joined;
                }
                all = all == null ? null : cross(all, item.exact());
            } else {
                candidates.add(run);
                run = Set.of("");
                all = null;
                if (item.required() != null) {
                    candidates.add(item.required());
                }
            }
        }
        candidates.add(run);
        Set<String> best = null;
        for (Set<String> c : candidates) {
            if (better(c, best)) {
                best = c;
            }
        }
        return new Info(all, best, head);
    }

    /** Whether candidate a is a more useful requirement than b. */
    private static boolean better(Set<String> a, Set<String> b) {
        int sa = score(a);
        if (sa <= 0) {
            return false;
        }
        if (b == null) {
            return true;
        }
        int sb = score(b);
        return sa > sb || (sa == sb && a.size() < b.size());
    }

    static int score(Set<String> s) {
        int min = Integer.MAX_VALUE;
        for (String x : s) {
            String t = x.strip();
            if (t.isEmpty()) {
                return 0;
            }
            // a lone symbol such as @ or $ is rarer in text than a short word
            int len = COMMON.contains(t) ? 1
                    : t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0)) && t.charAt(0) != '-' ? 3
                    : t.length();
            min = Math.min(min, len);
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    private static Set<String> cross(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > MAX_SET) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    private Info item() {
        Info atom = atom();
        if (pos >= re.length()) {
            return atom;
        }
        char c = re.charAt(pos);
        int min;
        int max;
        if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            String[] parts = re.substring(pos + 1, close).split(",", -1);
            min = Integer.parseInt(parts[0].strip());
            max = parts.length == 1 ? min : parts[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(parts[1].strip());
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++;
        }
        if (min == 0) {
            if (max == 1 && atom.exact() != null) {
                // an optional literal: both with and without it
                Set<String> either = new LinkedHashSet<>(atom.exact());
                either.add("");
                return new Info(either, null);
            }
            return UNKNOWN;
        }
        if (min == 1 && max == 1) {
            return atom;
        }
        Set<String> req = atom.required() != null ? atom.required() : atom.exact();
        Set<String> prefix = atom.prefix() != null ? atom.prefix() : atom.exact();
        return new Info(null, req, usablePrefix(prefix));
    }

    private Info atom() {
        char c = re.charAt(pos);
        switch (c) {
            case '(':
                return group();
            case '[':
                return charClass();
            case '\\':
                return escape();
            case '.':
                pos++;
                return UNKNOWN;
            case '^':
            case '$':
                pos++;
                return EMPTY;
            default:
                pos++;
                return literal(c);
        }
    }

    private static Info literal(char c) {
        Set<String> s = Set.of(String.valueOf(Character.toLowerCase(c)));
        return new Info(s, s, s);
    }

    private Info group() {
        pos++; // (
        boolean lookaround = false;
        if (re.startsWith("?", pos)) {
            if (re.startsWith("?:", pos)) {
                pos += 2;
            } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                pos += 2;
                lookaround = true;
            } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                pos += 3;
                lookaround = true;
            } else if (re.startsWith("?<", pos)) {
                pos = re.indexOf('>', pos) + 1;
            } else {
                int i = pos + 1;
                while (i < re.length() && "imsuxdU-".indexOf(re.charAt(i)) >= 0) {
                    i++;
                }
                if (re.charAt(i) == ')') {
                    pos = i + 1;
                    return EMPTY;
                }
                if (re.charAt(i) != ':') {
                    throw new IllegalArgumentException("group");
                }
                pos = i + 1;
            }
        }
        Info inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        pos++;
        return lookaround ? EMPTY : inner;
    }

    private Info charClass() {
        int start = pos;
        pos++; // [
        boolean simple = true;
        Set<String> chars = new LinkedHashSet<>();
        if (pos < re.length() && re.charAt(pos) == '^') {
            simple = false;
            pos++;
        }
        boolean first = true;
        while (pos < re.length()) {
            char c = re.charAt(pos);
            if (c == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            if (c == '[') {
                throw new IllegalArgumentException("nested class");
            }
            if (c == '\\') {
                char n = re.charAt(pos + 1);
                if (Character.isLetterOrDigit(n)) {
                    simple = false;
                } else {
                    chars.add(String.valueOf(n));
                }
                pos += 2;
                continue;
            }
            if (c == '-' && pos + 1 < re.length() && re.charAt(pos + 1) != ']' && !chars.isEmpty()) {
                simple = false;
            }
            if (c == '&') {
                simple = false;
            }
            chars.add(String.valueOf(Character.toLowerCase(c)));
            pos++;
        }
        if (pos > re.length() || re.charAt(pos - 1) != ']' || pos - start < 2) {
            throw new IllegalArgumentException("class");
        }
        if (!simple || chars.isEmpty() || chars.size() > 8) {
            return UNKNOWN;
        }
        return new Info(chars, chars, chars);
    }

    private Info escape() {
        char n = re.charAt(pos + 1);
        pos += 2;
        switch (n) {
            case 'b':
            case 'B':
            case 'A':
            case 'z':
            case 'Z':
            case 'G':
                return EMPTY;
            case 's':
            case 'S':
            case 'w':
            case 'W':
            case 'd':
            case 'D':
            case 'h':
            case 'H':
            case 'v':
            case 'V':
            case 'R':
            case 'X':
                return UNKNOWN;
            case 'p':
            case 'P':
                if (pos < re.length() && re.charAt(pos) == '{') {
                    pos = re.indexOf('}', pos) + 1;
                } else {
                    pos++;
                }
                return UNKNOWN;
            case 'n':
                return literal('\n');
            case 't':
                return literal('\t');
            case 'r':
                return literal('\r');
            case 'f':
                return literal('\f');
            case 'Q': {
                int end = re.indexOf("\\E", pos);
                String lit = end < 0 ? re.substring(pos) : re.substring(pos, end);
                pos = end < 0 ? re.length() : end + 2;
                Set<String> s = Set.of(lit.toLowerCase(Locale.ROOT));
                return lit.isEmpty() ? EMPTY : new Info(s, s, s);
            }
            case 'x': {
                char c = (char) Integer.parseInt(re.substring(pos, pos + 2), 16);
                pos += 2;
                return literal(c);
            }
            case 'u': {
                char c = (char) Integer.parseInt(re.substring(pos, pos + 4), 16);
                pos += 4;
                return literal(c);
            }
            default:
                if (Character.isLetterOrDigit(n)) {
                    return UNKNOWN; // back references, \k<name>, \c, octal: not worth reading
                }
                return literal(n);
        }
    }
}
