package io.scamcheck.knowledge;

import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A topic's phrases in one language, from {@code knowledge/phrases/<topic>.<lang>.txt}, compiled into one
 * pattern. Each line is a regular expression with two conveniences: a space matches a run of white space
 * with at most one line break (so a phrase still matches across a line break, but not across a blank line
 * between paragraphs), and word boundaries are added at both ends when the line
 * starts or ends with a letter or digit. Matching ignores case. Keep repeats bounded ({0,40}, not *) so that
 * no line can make matching slow on a long message.
 *
 * <p>{@link #find} gives the matches of {@link #pattern()}, except that where several lines match at the same
 * place the longest match is taken; and it is much faster on long text: when every line
 * starts at a word boundary and the letters each line can start with are known, it tries, at each word
 * start, only the lines that can start with that letter.
 */
public final class PhraseList {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /**
     * What a space in a line matches: white space with at most one line break, so not across paragraphs.
     * Possessive, so that a long run of spaces is read once and never tried in pieces.
     */
    private static final String SPACE = "(?:[^\\S\\n]++(?:\\n[^\\S\\n]*+)?+|\\n[^\\S\\n]*+)";

    private final String topic;
    private final String lang;
    private final Pattern pattern;
    private final int size;
    /** For the fast way: the lines sorted by how their matches can start; null when that cannot be told. */
    private final Node starts;
    /** Whether every line starts with a letter or digit, so only the starts of words need a look. */
    private final boolean wordsOnly;
    /** Each line alone, to find the longest match where several lines match at the same place. */
    private final Pattern[] lines;

    /**
     * One step in a tree of first characters (lower case, ' ' for any white space). A node's pattern holds
     * the lines whose match can start with the characters on the path to it: those that name exactly these
     * characters, and those that name only a beginning of them followed by anything.
     */
    private static final class Node {
        final Node[] ascii = new Node[128];
        final Map<Character, Node> other = new HashMap<>();
        final java.util.TreeSet<Integer> lines = new java.util.TreeSet<>();
        Pattern pattern;
        int[] lineNumbers;

        Node child(char c) {
            return c < 128 ? ascii[c] : other.get(c);
        }

        Node add(char c) {
            Node n = child(c);
            if (n == null) {
                n = new Node();
                if (c < 128) {
                    ascii[c] = n;
                } else {
                    other.put(c, n);
                }
            }
            return n;
        }

        void each(java.util.function.Consumer<Node> f) {
            f.accept(this);
            for (Node n : ascii) {
                if (n != null) {
                    n.each(f);
                }
            }
            other.values().forEach(n -> n.each(f));
        }
    }

    private PhraseList(String topic, String lang, Pattern pattern, List<String> alternatives, Node starts,
                       boolean wordsOnly) {
        this.topic = topic;
        this.lang = lang;
        this.pattern = pattern;
        this.size = alternatives.size();
        this.starts = starts;
        this.wordsOnly = wordsOnly;
        this.lines = alternatives.stream().map(a -> Pattern.compile(a, FLAGS)).toArray(Pattern[]::new);
    }

    /** Whether {@link #find} can use its fast way (every line starts at a word, in a way that can be told). */
    public boolean isFast() {
        return starts != null;
    }

    /** Loads a phrase file; fails at start-up (and in tests) when a line is not a valid pattern. */
    public static PhraseList load(String topic, String lang) {
        List<String> lines = new ArrayList<>();
        Knowledge.readLines("phrases/" + topic + "." + lang + ".txt", lines::add);
        return of(topic, lang, lines);
    }

    public static PhraseList of(String topic, String lang, List<String> lines) {
        List<String> alternatives = new ArrayList<>();
        List<Set<String>> starts = new ArrayList<>();
        boolean allAtWordStart = true;
        boolean allKnown = true;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String body = spaces(line);
            boolean wordStart = Character.isLetterOrDigit(line.charAt(0));
            boolean wordEnd = Character.isLetterOrDigit(line.charAt(line.length() - 1));
            try {
                Pattern.compile(body);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalStateException("phrases/" + topic + "." + lang + ".txt: bad line: " + line, e);
            }
            if (!wordStart && body.startsWith("\\b")) {
                wordStart = true;
                body = body.substring(2);
            }
            allAtWordStart &= wordStart;
            Set<String> start = Prefixes.of(line);
            allKnown &= start != null;
            starts.add(start);
            alternatives.add((wordStart ? "\\b" : "") + "(?:" + body + ")" + (wordEnd ? "\\b" : ""));
        }
        int n = alternatives.size();
        Pattern p = Pattern.compile(n == 0 ? "(?!)" : String.join("|", alternatives), FLAGS);
        if (n == 0 || !allAtWordStart || !allKnown) {
            return new PhraseList(topic, lang, p, alternatives, null, false);
        }
        // A tree of the ways the lines can start. A line that names a beginning followed by anything
        // belongs to that node and to every node below it; one that names all DEPTH characters, to that node.
        Node root = new Node();
        boolean wordsOnly = true;
        for (int i = 0; i < n; i++) {
            for (String s : starts.get(i)) {
                wordsOnly &= isWord(s.charAt(0));
                Node node = root;
                for (int k = 0; k < s.length(); k++) {
                    node = node.add(s.charAt(k));
                }
                node.lines.add(-1 - i); // marked: still to be passed down when open
            }
        }
        passDown(root, new java.util.TreeSet<>());
        root.each(node -> {
            if (!node.lines.isEmpty()) {
                node.pattern = compile(alternatives, new ArrayList<>(node.lines));
                node.lineNumbers = node.lines.stream().mapToInt(Integer::intValue).toArray();
            }
        });
        return new PhraseList(topic, lang, p, alternatives, root, wordsOnly);
    }

    /**
     * Turns the marks left by {@link #of} into line numbers: a line marked at a node shorter than DEPTH is
     * open, so it also belongs to every node below.
     */
    private static void passDown(Node node, java.util.TreeSet<Integer> inherited) {
        java.util.TreeSet<Integer> own = new java.util.TreeSet<>();
        for (int marked : node.lines) {
            own.add(-1 - marked);
        }
        node.lines.clear();
        node.lines.addAll(inherited);
        node.lines.addAll(own);
        java.util.TreeSet<Integer> below = new java.util.TreeSet<>(node.lines);
        for (Node c : node.ascii) {
            if (c != null) {
                passDown(c, below);
            }
        }
        for (Node c : node.other.values()) {
            passDown(c, below);
        }
    }

    private static Pattern compile(List<String> alternatives, List<Integer> which) {
        List<String> picked = new ArrayList<>();
        for (int i : which) {
            picked.add(alternatives.get(i));
        }
        return Pattern.compile(String.join("|", picked), FLAGS);
    }

    /** Spaces become {@link #SPACE}; inside a character class, where that cannot go, they become \\s. */
    private static String spaces(String line) {
        StringBuilder out = new StringBuilder(line.length() + 32);
        boolean inClass = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                out.append(c).append(line.charAt(++i));
            } else if (c == '[' && !inClass) {
                inClass = true;
                out.append(c);
            } else if (c == ']' && inClass) {
                inClass = false;
                out.append(c);
            } else if (c == ' ') {
                out.append(inClass ? "\\s" : SPACE);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Every match between from and to, left to right and not overlapping, as {@code pattern()} would find
     * them one after the other, but taking the longest match of any line where several match at one place.
     * The text just outside the range is seen by word boundaries.
     */
    public List<Span> find(CharSequence text, int from, int to) {
        List<Span> out = new ArrayList<>();
        if (starts == null) {
            Matcher m = pattern.matcher(text).useTransparentBounds(true).region(from, to);
            int at = from;
            while (at < to) {
                m.region(at, to);
                if (!m.find()) {
                    break;
                }
                if (m.end() == m.start()) {
                    at = m.start() + 1;
                    continue;
                }
                int end = longest(text, m.start(), to, null, m.end());
                out.add(new Span(m.start(), end));
                at = end;
            }
            return out;
        }
        Map<Pattern, Matcher> matchers = new HashMap<>();
        int i = from;
        boolean prevWord = i > 0 && isWord(text.charAt(i - 1));
        while (i < to) {
            char c = text.charAt(i);
            boolean word = isWord(c);
            boolean boundary = wordsOnly ? word && !prevWord : word != prevWord;
            prevWord = word;
            if (boundary) {
                Node node = starts;
                for (int k = 0; k < Prefixes.DEPTH && i + k < to; k++) {
                    Node next = node.child(fold(text.charAt(i + k)));
                    if (next == null) {
                        break;
                    }
                    node = next;
                }
                Pattern group = node.pattern;
                if (group != null) {
                    Matcher m = matchers.computeIfAbsent(group, g -> g.matcher(text).useTransparentBounds(true));
                    m.region(i, to);
                    if (m.lookingAt() && m.end() > i) {
                        int end = longest(text, i, to, node.lineNumbers, m.end());
                        out.add(new Span(i, end));
                        i = end;
                        prevWord = isWord(text.charAt(i - 1));
                        continue;
                    }
                }
            }
            i++;
        }
        return out;
    }

    /**
     * Where several lines match at the same place, the longest match wins ("gift card codes" over "gift
     * card"), whatever the order of the lines in the file. Runs only where something matched, which is rare.
     */
    private int longest(CharSequence text, int at, int to, int[] which, int found) {
        int best = found;
        int count = which == null ? lines.length : which.length;
        for (int k = 0; k < count; k++) {
            Matcher m = lines[which == null ? k : which[k]].matcher(text).useTransparentBounds(true).region(at, to);
            if (m.lookingAt() && m.end() > best) {
                best = m.end();
            }
        }
        return best;
    }

    /** Lower case, and any white space as ' ', the way {@link Prefixes} writes the starts of lines. */
    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B ? ' ' : c;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : Character.toLowerCase(c);
    }

    private static boolean isWord(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    public String topic() {
        return topic;
    }

    public String lang() {
        return lang;
    }

    public Pattern pattern() {
        return pattern;
    }

    public int size() {
        return size;
    }
}
