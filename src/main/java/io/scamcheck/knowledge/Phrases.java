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
 * {@link Languages#SUPPORTED}). A detector asks for the list that fits a message's languages
 * ({@link #in(Set)}): one {@link PhraseList} holding the lines of each of those languages, built once per set
 * of languages and kept. A language without a file for the topic simply adds nothing; every topic needs an
 * English file.
 *
 * <p>Converting a detector from English only: {@code PhraseList.load(topic, "en")} becomes
 * {@code Phrases.load(topic)}, and the analysis helpers ({@code analysis.findInBody(phrases)}) or
 * {@code analysis.phrases(phrases)} pick the message's languages.
 */
public final class Phrases {
    private final String topic;
    /** Each language's lines, in {@link Languages#SUPPORTED} order. */
    private final Map<String, List<String>> lines;
    private final Map<Set<String>, PhraseList> byLanguages = new ConcurrentHashMap<>();

    private Phrases(String topic, Map<String, List<String>> lines) {
        this.topic = topic;
        this.lines = lines;
    }

    /** Loads every language's file for the topic; fails at start-up (and in tests) on a bad line. */
    public static Phrases load(String topic) {
        return combined(topic, topic);
    }

    /** Several topics' phrases as one, so that a message is read once for all of them. */
    public static Phrases combined(String name, String... topics) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String lang : Languages.SUPPORTED) {
            List<String> l = new ArrayList<>();
            for (String topic : topics) {
                String file = "phrases/" + topic + "." + lang + ".txt";
                if (!lang.equals("en") && Phrases.class.getResource("/io/scamcheck/knowledge/" + file) == null) {
                    continue;
                }
                List<String> one = new ArrayList<>();
                Knowledge.readLines(file, one::add);
                // compile now, so a bad line fails at start-up, not on the first message in that language
                PhraseList.of(topic, lang, one);
                l.addAll(one);
            }
            if (lang.equals("en") || !l.isEmpty()) {
                lines.put(lang, List.copyOf(l));
            }
        }
        Phrases p = new Phrases(name, lines);
        p.in(Set.of("en"));
        return p;
    }

    public String topic() {
        return topic;
    }

    /** The languages that have a file for this topic. */
    public Set<String> languages() {
        return lines.keySet();
    }

    /** One list with the lines of each of the given languages that has a file for the topic. */
    public PhraseList in(Set<String> langs) {
        PhraseList list = byLanguages.get(langs);
        if (list != null) {
            return list;
        }
        return byLanguages.computeIfAbsent(Set.copyOf(langs), k -> {
            List<String> all = new ArrayList<>();
            StringBuilder name = new StringBuilder();
            for (Map.Entry<String, List<String>> e : lines.entrySet()) {
                if (k.contains(e.getKey())) {
                    all.addAll(e.getValue());
                    name.append(name.length() == 0 ? "" : "+").append(e.getKey());
                }
            }
            return PhraseList.of(topic, name.length() == 0 ? "none" : name.toString(), all);
        });
    }

    /** Every language's lines at once, for checks that have no message at hand (a sentence's negation). */
    public PhraseList all() {
        return in(lines.keySet());
    }

    /** Every match in {@code text[from, to)} of the lines of the given languages. */
    public List<Span> find(Set<String> langs, CharSequence text, int from, int to) {
        return in(langs).find(text, from, to);
    }

    /** The lines of the given languages as one pattern. */
    public Pattern pattern(Set<String> langs) {
        return in(langs).pattern();
    }
}
