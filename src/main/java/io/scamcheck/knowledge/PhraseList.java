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
 * <p>{@link #find} gives the same matches as {@link #pattern()} but much faster on long text: when every line
 * starts at a word boundary and the letters each line can start with are known, it tries, at each word
 * start, only the lines that can start with that letter.
 */
public final class PhraseList {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** What a space in a line matches: white space with at most one line break, so not across paragraphs. */
    private static final String SPACE = "(?:[^\\S\\n]+\\n?[^\\S\\n]*|\\n[^\\S\\n]*)";

    private final String topic;
    private final String lang;
    private final Pattern pattern;
    private final int size;
    /** Per lower-case first letter, the lines that can start with it; null when that cannot be used. */
    private final Map<Character, Pattern> byFirst;
    /** The same for the first 128 characters, looked up without boxing. */
    private final Pattern[] byFirstAscii;

    private PhraseList(String topic, String lang, Pattern pattern, int size, Map<Character, Pattern> byFirst) {
        this.topic = topic;
        this.lang = lang;
        this.pattern = pattern;
        this.size = size;
        this.byFirst = byFirst;
        this.byFirstAscii = new Pattern[128];
        if (byFirst != null) {
            for (int c = 0; c < 128; c++) {
                byFirstAscii[c] = byFirst.get(Character.toLowerCase((char) c));
            }
        }
    }

    /** Whether {@link #find} can use its fast way (every line starts at a word with known letters). */
    public boolean isFast() {
        return byFirst != null;
    }

    /** Loads a phrase file; fails at start-up (and in tests) when a line is not a valid pattern. */
    public static PhraseList load(String topic, String lang) {
        List<String> lines = new ArrayList<>();
        Knowledge.readLines("phrases/" + topic + "." + lang + ".txt", lines::add);
        return of(topic, lang, lines);
    }

    public static PhraseList of(String topic, String lang, List<String> lines) {
        List<String> alternatives = new ArrayList<>();
        List<Set<Character>> firsts = new ArrayList<>();
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
            Set<Character> first = FirstChars.of(body);
            allKnown &= first != null;
            firsts.add(first);
            alternatives.add((wordStart ? "\\b" : "") + "(?:" + body + ")" + (wordEnd ? "\\b" : ""));
        }
        int n = alternatives.size();
        Pattern p = Pattern.compile(n == 0 ? "(?!)" : String.join("|", alternatives), FLAGS);
        Map<Character, Pattern> byFirst = null;
        if (n > 0 && allAtWordStart && allKnown) {
            Map<Character, List<String>> groups = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                for (char c : firsts.get(i)) {
                    groups.computeIfAbsent(c, k -> new ArrayList<>()).add(alternatives.get(i));
                }
            }
            byFirst = new HashMap<>();
            for (Map.Entry<Character, List<String>> e : groups.entrySet()) {
                byFirst.put(e.getKey(), Pattern.compile(String.join("|", e.getValue()), FLAGS));
            }
        }
        return new PhraseList(topic, lang, p, n, byFirst);
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
     * Every match between from and to, as {@code pattern().matcher(text).region(from, to)} would find them
     * one after the other.
     */
    public List<Span> find(CharSequence text, int from, int to) {
        List<Span> out = new ArrayList<>();
        if (byFirst == null) {
            Matcher m = pattern.matcher(text).region(from, to);
            while (m.find()) {
                if (m.end() > m.start()) {
                    out.add(new Span(m.start(), m.end()));
                }
            }
            return out;
        }
        Map<Pattern, Matcher> matchers = new HashMap<>();
        int i = from;
        boolean prevWord = i > 0 && isWord(text.charAt(i - 1));
        while (i < to) {
            char c = text.charAt(i);
            boolean word = isWord(c);
            Pattern group = word == prevWord ? null : c < 128 ? byFirstAscii[c] : byFirst.get(Character.toLowerCase(c));
            prevWord = word;
            if (group != null) {
                Matcher m = matchers.computeIfAbsent(group, g -> g.matcher(text).useTransparentBounds(true));
                m.region(i, to);
                if (m.lookingAt() && m.end() > i) {
                    out.add(new Span(i, m.end()));
                    i = m.end();
                    prevWord = isWord(text.charAt(i - 1));
                    continue;
                }
            }
            i++;
        }
        return out;
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
