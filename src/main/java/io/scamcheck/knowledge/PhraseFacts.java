package io.scamcheck.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which kind of thing some matched words are about, so a detector can add the fact that rebuts that
 * particular claim. Read from {@code knowledge/phrases/<topic>.<lang>.txt}, one rule a line:
 * {@code name<TAB>pattern}, the pattern written as in a {@link PhraseList} line. A text can match several
 * rules; rules keep the file's order.
 */
public final class PhraseFacts {
    private record Rule(String name, Pattern pattern) {
    }

    private final List<Rule> rules;

    private PhraseFacts(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static PhraseFacts load(String topic, String lang) {
        List<Rule> rules = new ArrayList<>();
        String file = "phrases/" + topic + "." + lang + ".txt";
        Knowledge.readLines(file, line -> {
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IllegalStateException(file + ": expected name<TAB>pattern in: " + line);
            }
            String name = line.substring(0, tab).strip();
            String pattern = line.substring(tab + 1).strip();
            rules.add(new Rule(name, PhraseList.of(topic, lang, List.of(pattern)).pattern()));
        });
        return new PhraseFacts(rules);
    }

    /**
     * The rules of every language that has a file for the topic ({@code <topic>.<lang>.txt} for each of
     * {@link Languages#SUPPORTED}), English first; a rule name may appear in several languages.
     */
    public static PhraseFacts loadAll(String topic) {
        List<Rule> rules = new ArrayList<>();
        for (String lang : Languages.SUPPORTED) {
            String file = "phrases/" + topic + "." + lang + ".txt";
            if (lang.equals("en") || PhraseFacts.class.getResource("/io/scamcheck/knowledge/" + file) != null) {
                rules.addAll(load(topic, lang).rules);
            }
        }
        return new PhraseFacts(rules);
    }

    /** The names of the rules that match anywhere in any of the texts, in the file's order. */
    public Set<String> matching(Iterable<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (Rule r : rules) {
            for (String t : texts) {
                if (r.pattern().matcher(t).find()) {
                    out.add(r.name());
                    break;
                }
            }
        }
        return out;
    }

    public int size() {
        return rules.size();
    }
}
