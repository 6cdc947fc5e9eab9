package io.scamcheck.knowledge;

import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A topic's phrases in one language, from {@code knowledge/phrases/<topic>.<lang>.txt}, compiled into one
 * pattern. Each line is a regular expression with two conveniences: a space matches any run of white space
 * (so a phrase still matches across a line break; " ?" makes the space optional), and word boundaries are
 * added at both ends when the line starts or ends with a letter or digit (not an escape such as \d). Matching ignores case. Keep repeats bounded ({0,40}, not *) so that
 * no line can make matching slow on a long message.
 *
 * <p>{@link #find} gives the same matches as the combined {@link #pattern()} but much faster: for each line it
 * knows strings that every match must contain, finds them all in one pass, and runs the line only near
 * them. A line without such strings is run over the whole text.
 */
public final class PhraseList {
    /** How far before and after a required string a line's match may reach. */
    static final int REACH = 320;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final String topic;
    private final String lang;
    private final Pattern pattern;
    private final int size;
    private final Pattern[] lines;
    /** Lines with no required string: always run over the whole region. */
    private final int[] unindexed;
    /**
     * Lines whose every match starts with one of a few strings: tried only where one of them starts, when the
     * region runs to the end of the text (there a try at one place gives what a search would find there).
     */
    private final boolean[] anchored;
    /**
     * Lines whose every match starts at the start of a line ({@code (?m:^)} first): tried only at line starts
     * when the region runs to the end of the text. A greeting's first word ("hi") is found inside many words.
     */
    private final boolean[] atLineStart;
    private final LiteralIndex index;
    /** The index's strings and their owners (line i, or size + i for where line i may start). */
    private final List<String> indexStrings;
    private final List<int[]> indexOwners;
    /** Its number among the lists of {@link SharedScan}, or -1 when it scans every text for itself. */
    private volatile int sharedId = -1;

    private PhraseList(String topic, String lang, Pattern pattern, List<Pattern> lines, List<Set<String>> required,
            List<Set<String>> prefixes, boolean[] atLineStart) {
        this.topic = topic;
        this.lang = lang;
        this.pattern = pattern;
        this.size = lines.size();
        this.lines = lines.toArray(new Pattern[0]);
        this.anchored = new boolean[size];
        this.atLineStart = atLineStart;
        Map<String, List<Integer>> owners = new LinkedHashMap<>();
        List<Integer> always = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            if (required.get(i) == null) {
                always.add(i);
            } else {
                for (String s : required.get(i)) {
                    owners.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
                }
            }
            if (prefixes.get(i) != null) {
                anchored[i] = true;
                // owner size + i: where line i may start
                for (String s : prefixes.get(i)) {
                    owners.computeIfAbsent(s, k -> new ArrayList<>()).add(size + i);
                }
            }
        }
        this.unindexed = always.stream().mapToInt(Integer::intValue).toArray();
        List<String> strings = new ArrayList<>(owners.keySet());
        List<int[]> own = new ArrayList<>();
        for (String s : strings) {
            own.add(owners.get(s).stream().mapToInt(Integer::intValue).toArray());
        }
        this.index = new LiteralIndex(strings, own);
        this.indexStrings = List.copyOf(strings);
        this.indexOwners = List.copyOf(own);
    }

    List<String> indexStrings() {
        return indexStrings;
    }

    List<int[]> indexOwners() {
        return indexOwners;
    }

    /** How many owners the index's strings have: each line, and each line's starts. */
    int ownerCount() {
        return 2 * size;
    }

    int sharedId() {
        return sharedId;
    }

    void sharedId(int id) {
        sharedId = id;
    }

    /** Lists already loaded, by file: several detectors share a topic, and a list never changes once built. */
    private static final Map<String, PhraseList> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Loads a phrase file; fails at start-up (and in tests) when a line is not a valid pattern. A file is read
     * and compiled once; later calls give the same list.
     */
    public static PhraseList load(String topic, String lang) {
        String file = "phrases/" + topic + "." + lang + ".txt";
        PhraseList known = LOADED.get(file);
        if (known != null) {
            return known;
        }
        List<String> lines = new ArrayList<>();
        Knowledge.readLines(file, lines::add);
        PhraseList list = of(topic, lang, lines);
        PhraseList raced = LOADED.putIfAbsent(file, list);
        return raced == null ? list : raced;
    }

    /** Lists made by {@link #shared}, by topic, language and lines. */
    private static final Map<List<String>, PhraseList> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The same as {@link #of}, for a list that a detector keeps for good: made once per run for the same lines,
     * and on a long text its strings are found in the one pass all shared lists make ({@link SharedScan}).
     */
    public static PhraseList shared(String topic, String lang, List<String> lines) {
        List<String> key = new ArrayList<>();
        key.add(topic);
        key.add(lang);
        key.addAll(lines);
        return SHARED.computeIfAbsent(List.copyOf(key), k -> {
            PhraseList list = of(topic, lang, lines);
            SharedScan.register(list);
            return list;
        });
    }

    private static final String SPACE = "(?:\\h++\\n?+\\h*+|\\n\\h*+)";
    private static final String OPTIONAL_SPACE = "(?:\\h*+\\n?+\\h*+)";

    public static PhraseList of(String topic, String lang, List<String> lines) {
        StringBuilder re = new StringBuilder();
        List<Pattern> compiled = new ArrayList<>();
        List<Set<String>> required = new ArrayList<>();
        List<Set<String>> prefixes = new ArrayList<>();
        List<Boolean> lineStarts = new ArrayList<>();
        int n = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            // A space matches white space with at most one line break, so a phrase never runs across a blank line.
            String body = line.replace(" ?", OPTIONAL_SPACE).replace(" ", SPACE);
            boolean wordStart = Character.isLetterOrDigit(line.charAt(0));
            int last = line.length() - 1;
            // a line ending in an escape such as \d ends in a letter, but not in a word
            boolean wordEnd = Character.isLetterOrDigit(line.charAt(last)) && (last == 0 || line.charAt(last - 1) != '\\');
            try {
                Pattern.compile(body);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalStateException("phrases/" + topic + "." + lang + ".txt: bad line: " + line, e);
            }
            String one = "(?:" + (wordStart ? "\\b" : "") + body + (wordEnd ? "\\b" : "") + ")";
            if (n++ > 0) {
                re.append('|');
            }
            re.append(one);
            compiled.add(Pattern.compile(one, FLAGS));
            required.add(RequiredLiterals.of(one));
            // a look-behind could look before the start of the region; such lines keep the windows
            Set<String> starts = one.contains("(?<=") || one.contains("(?<!") ? null : RequiredLiterals.prefixes(one);
            // tried at its first words when they are three letters or more, or no more common than the strings its
            // windows come from (a first word like "a" or "i" starts too often; the windows cost less then)
            Set<String> req = required.get(required.size() - 1);
            if (starts != null && req != null && RequiredLiterals.score(starts) < 3
                    && RequiredLiterals.score(starts) < RequiredLiterals.score(req)) {
                starts = null;
            }
            prefixes.add(starts);
            lineStarts.add(startsAtLineStart(line));
        }
        Pattern p = Pattern.compile(n == 0 ? "(?!)" : re.toString(), FLAGS);
        boolean[] atLineStart = new boolean[lineStarts.size()];
        for (int i = 0; i < atLineStart.length; i++) {
            atLineStart[i] = lineStarts.get(i);
        }
        return new PhraseList(topic, lang, p, compiled, required, prefixes, atLineStart);
    }

    /**
     * Whether every match of a line starts at a line start: it begins with {@code (?m:^)} and has no "|" outside
     * brackets (which would let another branch match anywhere).
     */
    static boolean startsAtLineStart(String line) {
        if (!line.startsWith("(?m:^)")) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < line.length() && line.charAt(i + 1) == ']') {
                    i++; // "[]...]": the first ] is a member
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    public String topic() {
        return topic;
    }

    public String lang() {
        return lang;
    }

    /** All lines as one pattern. {@link #find} gives the same matches, faster. */
    public Pattern pattern() {
        return pattern;
    }

    public int size() {
        return size;
    }

    /** Whether line {@code i} (0-based, comments and blank lines not counted) can be skipped by its strings. */
    boolean indexed(int i) {
        for (int u : unindexed) {
            if (u == i) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every match in {@code text[from, to)}, left to right and not overlapping, as the combined pattern would
     * find them (where two lines' matches overlap, the one that starts first is kept, the longer on a tie).
     * Words written with look-alike letters from other alphabets or broken up by invisible characters match
     * too (see {@link TextFold}); their spans cover the original characters.
     */
    public List<Span> find(CharSequence text, int from, int to) {
        from = Math.max(0, from);
        to = Math.min(text.length(), to);
        if (from >= to || size == 0) {
            return List.of();
        }
        if (TextFold.needed(text, from, to)) {
            // look-alike letters and invisible characters: match on a clean copy, then map the spans back
            TextFold fold = TextFold.of(text, from, to);
            List<Span> out = new ArrayList<>();
            for (Span s : findPlain(fold.text(), 0, fold.text().length())) {
                out.add(new Span(fold.originalStart(s.start()), fold.originalEnd(s.end())));
            }
            return out;
        }
        return findPlain(text, from, to);
    }

    private List<Span> findPlain(CharSequence text, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        List<Span> found = new ArrayList<>();
        // tries at the starts of a line's first words need the region to run to the end of the text
        final boolean starts = to == text.length();
        for (int i : unindexed) {
            if (!(starts && (anchored[i] || atLineStart[i]))) {
                collect(lines[i], text, from, to, true, found);
            }
        }
        // windows around each required string, per line, merged when they touch
        List<List<int[]>> windows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            windows.add(null);
        }
        int[][] tries = new int[size][];
        int[] tried = new int[size];
        // for lines that start at a line start: where their required strings start
        int[][] near = new int[size][];
        int[] nearCount = new int[size];
        final int lo = from;
        final int hi = to;
        LiteralIndex.Hit onHit = (owner, start, end) -> {
            if (owner >= size) {
                int line = owner - size;
                if (starts && start >= lo) {
                    int[] t = tries[line];
                    if (t == null) {
                        t = new int[16];
                        tries[line] = t;
                    } else if (tried[line] == t.length) {
                        t = java.util.Arrays.copyOf(t, t.length * 2);
                        tries[line] = t;
                    }
                    t[tried[line]++] = start;
                }
                return;
            }
            if (starts && atLineStart[owner]) {
                int[] t = near[owner];
                if (t == null) {
                    t = new int[16];
                    near[owner] = t;
                } else if (nearCount[owner] == t.length) {
                    t = java.util.Arrays.copyOf(t, t.length * 2);
                    near[owner] = t;
                }
                t[nearCount[owner]++] = start;
                return;
            }
            if (starts && anchored[owner]) {
                return;
            }
            List<int[]> w = windows.get(owner);
            if (w == null) {
                w = new ArrayList<>();
                windows.set(owner, w);
            }
            int ws = Math.max(lo, start - REACH);
            int we = Math.min(hi, end + REACH);
            int[] last = w.isEmpty() ? null : w.get(w.size() - 1);
            if (last != null && ws <= last[1]) {
                last[1] = Math.max(last[1], we);
            } else {
                w.add(new int[] {ws, we});
            }
        };
        // on a long text, every shared list's strings were found in one pass (or are found now, for all of them)
        SharedScan.Hits shared = SharedScan.of(this, text);
        if (shared != null) {
            shared.forEach(this, from, to, onHit);
        } else {
            index.scan(text, from, to, onHit);
        }
        int[] lineStarts = null;
        for (int i = 0; i < size; i++) {
            if (starts && atLineStart[i]) {
                // tried at the line starts that a required string follows closely (as close as a window would
                // reach), or at every line start when the line has no required string
                boolean always = !indexed(i);
                if (always || near[i] != null) {
                    if (lineStarts == null) {
                        lineStarts = lineStarts(text, from, to);
                    }
                    int[] at = always ? lineStarts.clone() : nearLineStarts(lineStarts, near[i], nearCount[i]);
                    tryAt(lines[i], text, from, to, at, at.length, found);
                }
                continue;
            }
            if (starts && anchored[i]) {
                if (tries[i] != null) {
                    tryAt(lines[i], text, from, to, tries[i], tried[i], found);
                }
                continue; // no first word there: it cannot match
            }
            List<int[]> w = windows.get(i);
            if (w == null) {
                continue;
            }
            for (int[] win : w) {
                collect(lines[i], text, win[0], win[1], win[0] == from && win[1] == to, found);
            }
        }
        return nonOverlapping(found);
    }

    /**
     * Runs one line over a region. A window inside the region looks past its edges (transparent bounds) and
     * its edges are not text edges; the whole region is matched like {@link #pattern()} would be.
     */
    private static void collect(Pattern p, CharSequence text, int from, int to, boolean whole, List<Span> out) {
        Matcher m = p.matcher(text);
        m.useTransparentBounds(!whole);
        m.useAnchoringBounds(whole);
        m.region(from, to);
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new Span(m.start(), m.end()));
            }
        }
    }

    /**
     * Runs one line at the given places only (where one of its first strings starts), as a search over
     * {@code [from, to)} would find its matches: left to right, each search going on after the last match.
     * No match can start elsewhere, and a try at one place sees the text before it as a search would; at
     * {@code from} itself the region's edge counts as in {@link #collect}. {@code to} is the text's end.
     */
    private static void tryAt(Pattern p, CharSequence text, int from, int to, int[] at, int n, List<Span> out) {
        java.util.Arrays.sort(at, 0, n);
        Matcher m = p.matcher(text);
        int next = from;
        for (int k = 0; k < n; k++) {
            int c = at[k];
            if (c < next || (k > 0 && c == at[k - 1])) {
                continue;
            }
            boolean edge = c == from;
            m.useTransparentBounds(!edge);
            m.useAnchoringBounds(edge);
            m.region(c, to);
            if (m.lookingAt() && m.end() > m.start()) {
                out.add(new Span(m.start(), m.end()));
                next = m.end();
            }
        }
    }

    /**
     * Where {@code ^} can match in {@code [from, to)} with multi-line on: the region's start and after each line
     * terminator (a few of these places may still refuse, such as between \r and \n; the pattern decides).
     */
    /** The line starts p (in order) with a required string starting in [p, p + REACH]. */
    private static int[] nearLineStarts(int[] lineStarts, int[] hits, int n) {
        int[] h = java.util.Arrays.copyOf(hits, n);
        java.util.Arrays.sort(h);
        int[] out = new int[Math.min(lineStarts.length, n * 4 + 4)];
        int k = 0;
        int j = 0;
        for (int p : lineStarts) {
            while (j < h.length && h[j] < p) {
                j++;
            }
            if (j == h.length) {
                break;
            }
            if (h[j] - p <= REACH) {
                if (k == out.length) {
                    out = java.util.Arrays.copyOf(out, k * 2);
                }
                out[k++] = p;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static int[] lineStarts(CharSequence text, int from, int to) {
        int[] at = new int[64];
        int n = 0;
        at[n++] = from;
        for (int i = from + 1; i < to; i++) {
            char c = text.charAt(i - 1);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                if (n == at.length) {
                    at = java.util.Arrays.copyOf(at, n * 2);
                }
                at[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(at, n);
    }

    /** The spans in reading order, each kept only when it starts after the one kept before it ends. */
    static List<Span> nonOverlapping(List<Span> found) {
        if (found.size() <= 1) {
            return found;
        }
        found.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> out = new ArrayList<>();
        int end = -1;
        for (Span s : found) {
            if (s.start() >= end) {
                out.add(s);
                end = s.end();
            }
        }
        return out;
    }
}
