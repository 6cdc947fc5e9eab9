package io.scamcheck.knowledge;

import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A topic's phrases in every language that has a file for it ({@code phrases/<topic>.<lang>.txt} for each of
 * {@link Languages#SUPPORTED}). A detector asks for the matches in a message's languages
 * ({@link #find(Set, CharSequence, int, int)}): each of those languages' own {@link PhraseList} is run and the
 * matches are put together as one list would give them. A language without a file for the topic adds nothing;
 * every topic needs an English file.
 *
 * <p>English lines are compiled at once; another language's lines when a message in that language first needs
 * them, so checking English mail costs no more than before. A test ({@code PhraseFilesTest}) compiles every
 * file, so a bad line cannot reach a user.
 *
 * <p>Converting a detector from English only: {@code PhraseList.load(topic, "en")} becomes
 * {@code Phrases.load(topic)}; {@code analysis.findInBody(phrases)} and the other helpers of {@code Analysis}
 * take either; {@code list.find(text, from, to)} becomes {@code analysis.find(phrases, from, to)} and
 * {@code list.pattern()} becomes {@code analysis.pattern(phrases)}.
 */
public final class Phrases {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final String topic;
    /** Each language's lines, in {@link Languages#SUPPORTED} order. */
    private final Map<String, List<String>> lines;
    private final Map<String, PhraseList> lists = new ConcurrentHashMap<>();
    private final Map<Set<String>, Pattern> patterns = new ConcurrentHashMap<>();

    private Phrases(String topic, Map<String, List<String>> lines) {
        this.topic = topic;
        this.lines = lines;
    }

    /** Topics already loaded: detectors that ask for the same topic share one set of compiled lists. */
    private static final Map<String, Phrases> LOADED = new ConcurrentHashMap<>();

    /** Loads every language's file for the topic (once per run); a bad English line fails at once. */
    public static Phrases load(String topic) {
        Phrases p = LOADED.get(topic);
        if (p == null) {
            p = combined(topic, topic);
            Phrases before = LOADED.putIfAbsent(topic, p);
            if (before != null) {
                p = before;
            }
        }
        return p;
    }

    /** Several topics' phrases as one, so that a message is read once for all of them. */
    public static Phrases combined(String name, String... topics) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String lang : Languages.SUPPORTED) {
            List<String> l = new ArrayList<>();
            for (String topic : topics) {
                String file = "phrases/" + topic + "." + lang + ".txt";
                if (lang.equals("en") || Phrases.class.getResource("/io/scamcheck/knowledge/" + file) != null) {
                    Knowledge.readLines(file, l::add);
                }
            }
            if (lang.equals("en") || !l.isEmpty()) {
                lines.put(lang, List.copyOf(l));
            }
        }
        Phrases p = new Phrases(name, lines);
        p.list("en");
        return p;
    }

    public String topic() {
        return topic;
    }

    /** The languages that have a file for this topic. */
    public Set<String> languages() {
        return lines.keySet();
    }

    /** One language's lines as a list (empty when the language has no file for the topic). */
    public PhraseList list(String lang) {
        return lists.computeIfAbsent(lang, l -> {
            PhraseList list = PhraseList.of(topic, l, lines.getOrDefault(l, List.of()));
            SharedScan.register(list);
            return list;
        });
    }

    /**
     * Every match in {@code text[from, to)} of the lines of the given languages, left to right and not
     * overlapping (where two matches overlap, the one that starts first is kept, the longer on a tie).
     */
    public List<Span> find(Set<String> langs, CharSequence text, int from, int to) {
        List<Span> all = null;
        List<Span> only = List.of();
        int used = 0;
        for (String lang : lines.keySet()) {
            if (!langs.contains(lang)) {
                continue;
            }
            List<Span> found = list(lang).find(text, from, to);
            if (found.isEmpty()) {
                continue;
            }
            if (used++ == 0) {
                only = found;
            } else {
                if (all == null) {
                    all = new ArrayList<>(only);
                }
                all.addAll(found);
            }
        }
        return all == null ? only : PhraseList.nonOverlapping(all);
    }

    /** The lines of the given languages as one pattern, for looking in a small region (a sentence). */
    public Pattern pattern(Set<String> langs) {
        Pattern p = patterns.get(langs);
        if (p != null) {
            return p;
        }
        return patterns.computeIfAbsent(Set.copyOf(langs), k -> {
            StringBuilder re = new StringBuilder();
            for (String lang : lines.keySet()) {
                if (k.contains(lang) && list(lang).size() > 0) {
                    re.append(re.length() == 0 ? "" : "|").append(list(lang).pattern().pattern());
                }
            }
            return Pattern.compile(re.length() == 0 ? "(?!)" : re.toString(), FLAGS);
        });
    }

    /** Every language's lines at once, for checks that are given no message. */
    public Pattern patternOfAll() {
        return pattern(lines.keySet());
    }
}
