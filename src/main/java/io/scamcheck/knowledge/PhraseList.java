package io.scamcheck.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A topic's phrases in one language, from {@code knowledge/phrases/<topic>.<lang>.txt}, compiled into one
 * pattern. Each line is a regular expression with two conveniences: a space matches any run of white space
 * (so a phrase still matches across a line break), and word boundaries are added at both ends when the line
 * starts or ends with a letter or digit. Matching ignores case. Keep repeats bounded ({0,40}, not *) so that
 * no line can make matching slow on a long message.
 */
public final class PhraseList {
    private final String topic;
    private final String lang;
    private final Pattern pattern;
    private final int size;

    private PhraseList(String topic, String lang, Pattern pattern, int size) {
        this.topic = topic;
        this.lang = lang;
        this.pattern = pattern;
        this.size = size;
    }

    /** Loads a phrase file; fails at start-up (and in tests) when a line is not a valid pattern. */
    public static PhraseList load(String topic, String lang) {
        List<String> lines = new ArrayList<>();
        Knowledge.readLines("phrases/" + topic + "." + lang + ".txt", lines::add);
        return of(topic, lang, lines);
    }

    public static PhraseList of(String topic, String lang, List<String> lines) {
        StringBuilder re = new StringBuilder();
        int n = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String body = line.replace(" ", "\\s+");
            boolean wordStart = Character.isLetterOrDigit(line.charAt(0));
            boolean wordEnd = Character.isLetterOrDigit(line.charAt(line.length() - 1));
            try {
                Pattern.compile(body);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalStateException("phrases/" + topic + "." + lang + ".txt: bad line: " + line, e);
            }
            if (n++ > 0) {
                re.append('|');
            }
            re.append("(?:").append(wordStart ? "\\b" : "").append(body).append(wordEnd ? "\\b" : "").append(')');
        }
        Pattern p = Pattern.compile(n == 0 ? "(?!)" : re.toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new PhraseList(topic, lang, p, n);
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
