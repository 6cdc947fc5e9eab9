package io.scamcheck.detect;

import io.scamcheck.knowledge.Phrases;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small helpers for reading the words around a match: the sentence it is in, whether it is negated
 * ("we will never ask you to ..."), whether a second list matches nearby. Every look is bounded, so a long
 * message cannot make a detector slow.
 */
final class PhraseContext {
    /** How far back a negation may stand from the words it negates. */
    static final int NEGATION_REACH = 60;
    /** The longest stretch on either side of a match that counts as its sentence. */
    static final int SENTENCE_REACH = 240;
    /** The most spans of one list a detector looks at in one message. */
    static final int MAX_SPANS = 40;

    private static final Phrases NOT_BEFORE_ALL = Phrases.load("not-before");
    private static final Phrases IF_NOT_ALL = Phrases.load("if-not");
    private static final Phrases REPORTED_ALL = Phrases.load("reported");
    /** English only, for the checks that are given the text alone. */
    private static final Pattern NOT_BEFORE = NOT_BEFORE_ALL.list("en").pattern();
    private static final Pattern IF_NOT = IF_NOT_ALL.list("en").pattern();
    private static final Pattern REPORTED = REPORTED_ALL.list("en").pattern();
    /** How far back in its sentence a "scammers tell people that ..." may stand. */
    static final int REPORTED_REACH = 160;
    private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)\\S", Pattern.CASE_INSENSITIVE);

    private PhraseContext() {
    }

    /** Start of the sentence holding {@code pos}: after the last . ! ? or blank line, at most REACH back. */
    static int sentenceStart(String text, int pos) {
        int limit = Math.max(0, pos - SENTENCE_REACH);
        for (int i = pos - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
            if (c == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
                return i + 1;
            }
        }
        return limit;
    }

    /** Start of the clause holding {@code pos}: the sentence, cut at a colon, semicolon or dash before it. */
    static int clauseStart(String text, int pos) {
        int start = sentenceStart(text, pos);
        for (int i = pos - 1; i > start; i--) {
            char c = text.charAt(i);
            if (c == ':' || c == ';' || c == '\u2014' || c == '\u2013') {
                return i + 1;
            }
        }
        return start;
    }

    /** End of the sentence holding {@code pos}, at most REACH ahead. */
    static int sentenceEnd(String text, int pos) {
        int limit = Math.min(text.length(), pos + SENTENCE_REACH);
        for (int i = pos; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return i;
            }
        }
        return limit;
    }

    /** Start of the line holding {@code pos}. */
    static int lineStart(String text, int pos) {
        int i = text.lastIndexOf('\n', Math.max(0, pos - 1));
        return i < 0 ? 0 : i + 1;
    }

    /** End of the line holding {@code pos}. */
    static int lineEnd(String text, int pos) {
        int i = text.indexOf('\n', pos);
        return i < 0 ? text.length() : i;
    }

    /**
     * Whether the words are negated: a "never", "not", "don't" shortly before them in the same sentence,
     * unless that negation is a condition ("if you do not verify ..."), which is still a demand.
     */
    static boolean negated(String text, Span s) {
        return negated(text, s, NOT_BEFORE, IF_NOT);
    }

    /** {@link #negated(String, Span)} in the message's languages ("nicht", "não", "niet", "ne ... pas", "no"). */
    static boolean negated(Analysis a, Span s) {
        return negated(a.text(), s, a.pattern(NOT_BEFORE_ALL), a.pattern(IF_NOT_ALL));
    }

    private static boolean negated(String text, Span s, Pattern notBefore, Pattern ifNot) {
        int from = Math.max(clauseStart(text, s.start()), s.start() - NEGATION_REACH);
        if (from >= s.start()) {
            return false;
        }
        Matcher m = notBefore.matcher(text).region(from, s.start());
        if (!m.find()) {
            return false;
        }
        Matcher cond = ifNot.matcher(text).region(from, s.start());
        return !cond.find();
    }

    /**
     * Whether the words are reported rather than said: the sentence before them talks about what scammers say
     * ("Scammers may ask you to verify your account", "the caller told victims they had won"). Such sentences
     * are warnings and news stories, not claims made to the reader.
     */
    static boolean reported(String text, Span s) {
        return reported(text, s, REPORTED);
    }

    /** {@link #reported(String, Span)} in the message's languages. */
    static boolean reported(Analysis a, Span s) {
        return reported(a.text(), s, a.pattern(REPORTED_ALL));
    }

    private static boolean reported(String text, Span s, Pattern reported) {
        int from = Math.max(sentenceStart(text, s.start()), s.start() - REPORTED_REACH);
        return from < s.start() && reported.matcher(text).region(from, s.start()).find();
    }

    /** Whether the words are neither negated nor reported (English words only). */
    static boolean asserted(String text, Span s) {
        return !negated(text, s) && !reported(text, s);
    }

    /** Whether the words are neither negated nor reported, in any of the message's languages. */
    static boolean asserted(Analysis a, Span s) {
        return !negated(a, s) && !reported(a, s);
    }

    /** Whether the pattern matches in the sentence that holds the span. */
    static boolean inSentence(String text, Span s, Pattern p) {
        int from = sentenceStart(text, s.start());
        int to = Math.max(sentenceEnd(text, s.end()), s.end());
        return p.matcher(text).region(from, to).find();
    }

    /** Whether the pattern matches within {@code before} characters before and {@code after} after the span. */
    static boolean near(String text, Span s, Pattern p, int before, int after) {
        int from = Math.max(0, s.start() - before);
        int to = Math.min(text.length(), s.end() + after);
        return p.matcher(text).region(from, to).find();
    }

    /** Spans of the pattern inside one region of the text. */
    static List<Span> find(String text, Pattern p, int from, int to) {
        List<Span> out = new ArrayList<>();
        Matcher m = p.matcher(text).region(Math.max(0, from), Math.min(text.length(), to));
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        return out;
    }

    /** Whether the message shows a web address or carries links (buttons in an HTML mail). */
    static boolean hasLink(Analysis a) {
        if (!a.email().links().isEmpty()) {
            return true;
        }
        String text = a.text();
        return URL.matcher(text).region(a.email().bodyStart(), text.length()).find();
    }

    /** The matched words, in lower case with white space squeezed, to tell different words apart. */
    static Set<String> distinctWords(String text, List<Span> spans) {
        Set<String> out = new LinkedHashSet<>();
        for (Span s : spans) {
            out.add(s.textOf(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
        }
        return out;
    }

    /**
     * At most the first {@value #MAX_SPANS} spans. A finding needs a few highlighted places, not thousands; the
     * cap keeps the checks on each span fast on a huge or hostile message.
     */
    static List<Span> first(List<Span> spans) {
        return spans.size() <= MAX_SPANS ? spans : spans.subList(0, MAX_SPANS);
    }

    /** The spans in order, with overlapping ones joined into one, so no words are highlighted twice. */
    static List<Span> merged(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() < last.end()) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(s -> s.textOf(text)).toList();
    }
}
