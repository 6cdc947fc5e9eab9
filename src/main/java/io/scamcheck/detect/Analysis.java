package io.scamcheck.detect;

import io.scamcheck.knowledge.Knowledge;
import io.scamcheck.knowledge.Languages;
import io.scamcheck.knowledge.Phrases;
import io.scamcheck.model.Email;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a detector works on: the message, the knowledge files, and small helpers for matching words. */
public final class Analysis {
    private final Email email;
    private final Knowledge knowledge;
    private volatile Set<String> languages;
    /**
     * Matches of phrase lists already run on this message, by list and range: several detectors ask for the
     * same lists (threats, deadlines), and on a long message each run costs a pass over the text.
     */
    private final Map<Phrases, Map<Long, List<Span>>> found = new IdentityHashMap<>();

    public Analysis(Email email, Knowledge knowledge) {
        this.email = email;
        this.knowledge = knowledge;
    }

    /**
     * The languages whose phrase data runs on this message: English always (mail in every language carries
     * English buttons, slogans and quoted text, and English data ran on every message before there was any
     * other), plus each language the message is written in ("de", "pt", "nl", "fr", "es"), told once from the
     * visible text. A mixed message gets each of its languages.
     */
    public Set<String> languages() {
        Set<String> l = languages;
        if (l == null) {
            Set<String> found = new TreeSet<>(writtenIn());
            found.add(Languages.FALLBACK);
            l = Set.copyOf(found);
            languages = l;
        }
        return l;
    }

    /** The languages the message is written in, as told from its words; English when nothing can be told. */
    public Set<String> writtenIn() {
        return Languages.standard().of(email.text());
    }

    /** Every match of a topic's phrases, in the message's languages, in {@code text()[from, to)}. */
    public List<Span> find(Phrases phrases, int from, int to) {
        return cached(phrases, from, to, () -> phrases.find(languages(), email.text(), from, to));
    }

    /** A topic's phrases in the message's languages, as one pattern (for a small region: a sentence). */
    public Pattern pattern(Phrases phrases) {
        return phrases.pattern(languages());
    }

    /** Spans of every match of a topic's phrases, in the message's languages, in the body. */
    public List<Span> findInBody(Phrases phrases) {
        return find(phrases, email.bodyStart(), email.text().length());
    }

    /** Spans of every match of a topic's phrases, in the message's languages, in the subject line. */
    public List<Span> findInSubject(Phrases phrases) {
        return email.headerSpan("Subject").map(s -> find(phrases, s.start(), s.end())).orElse(List.of());
    }

    /** Spans of every match of a topic's phrases, in the message's languages, in the subject and the body. */
    public List<Span> findInSubjectAndBody(Phrases phrases) {
        List<Span> out = new ArrayList<>(findInSubject(phrases));
        out.addAll(findInBody(phrases));
        return out;
    }

    public Email email() {
        return email;
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    /** The visible text every span points into. */
    public String text() {
        return email.text();
    }

    /** Spans of every match of the pattern in the body (not the header lines). */
    public List<Span> findInBody(Pattern pattern) {
        return find(pattern, email.bodyStart(), email.text().length());
    }

    /** Spans of every match of the pattern in the whole visible text. */
    public List<Span> findInText(Pattern pattern) {
        return find(pattern, 0, email.text().length());
    }

    /** Spans of every match in the subject line's value, if the message has one shown. */
    public List<Span> findInSubject(Pattern pattern) {
        return email.headerSpan("Subject").map(s -> find(pattern, s.start(), s.end())).orElse(List.of());
    }

    /** Spans of matches in the subject and the body together. */
    public List<Span> findInSubjectAndBody(Pattern pattern) {
        List<Span> out = new ArrayList<>(findInSubject(pattern));
        out.addAll(findInBody(pattern));
        return out;
    }

    /** A list's matches in [from, to), found once per message and range; the caller gets its own copy. */
    private List<Span> cached(Phrases phrases, int from, int to, java.util.function.Supplier<List<Span>> search) {
        Map<Long, List<Span>> byRange;
        synchronized (found) {
            byRange = found.computeIfAbsent(phrases, k -> new HashMap<>());
        }
        long key = ((long) from << 32) | (to & 0xffffffffL);
        List<Span> spans;
        synchronized (byRange) {
            spans = byRange.get(key);
        }
        if (spans == null) {
            spans = List.copyOf(search.get());
            synchronized (byRange) {
                byRange.put(key, spans);
            }
        }
        return new ArrayList<>(spans);
    }

    private List<Span> find(Pattern pattern, int from, int to) {
        List<Span> out = new ArrayList<>();
        Matcher m = pattern.matcher(email.text());
        m.region(from, to);
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        return out;
    }

    public String textOf(Span span) {
        return span.textOf(email.text());
    }
}
