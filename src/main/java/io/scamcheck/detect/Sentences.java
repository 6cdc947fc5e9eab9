package io.scamcheck.detect;

import io.scamcheck.model.Span;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentence around some words, for detectors that need two signals close together ("pay" and "gift
 * card" in one sentence). A sentence ends at '.', '!' or '?' followed by white space, at a blank line, or
 * after a fixed reach, so that a text without punctuation does not make one huge sentence.
 */
public final class Sentences {
    private Sentences() {
    }

    /** The sentence holding the span, reaching at most {@code reach} characters to either side. */
    public static Span around(String text, Span span, int reach) {
        int lo = Math.max(0, span.start() - reach);
        int start = span.start();
        while (start > lo && !endsSentenceBefore(text, start)) {
            start--;
        }
        int hi = Math.min(text.length(), span.end() + reach);
        int end = span.end();
        while (end < hi && !endsSentenceAt(text, end)) {
            end++;
        }
        return new Span(start, end);
    }

    /**
     * The sentence holding the span, kept inside the part of the message it is in: a header line shown
     * above the body (the subject) is a sentence of its own, and a body sentence never reaches into the
     * header lines.
     */
    public static Span around(Analysis analysis, Span span, int reach) {
        String text = analysis.text();
        int bodyStart = analysis.email().bodyStart();
        Span s = around(text, span, reach);
        if (span.start() >= bodyStart) {
            return new Span(Math.max(s.start(), bodyStart), s.end());
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        lineEnd = lineEnd < 0 || lineEnd > bodyStart ? Math.min(bodyStart, text.length()) : lineEnd;
        int colon = text.indexOf(": ", lineStart);
        if (colon >= 0 && colon + 2 <= span.start()) {
            lineStart = colon + 2;
        }
        return new Span(Math.max(s.start(), lineStart), Math.max(span.end(), Math.min(s.end(), lineEnd)));
    }

    /**
     * Up to {@code chars} characters on either side of the span, across sentences but inside the same part
     * of the message (the subject line alone, or the body).
     */
    public static Span nearby(Analysis analysis, Span span, int chars) {
        int bodyStart = analysis.email().bodyStart();
        String text = analysis.text();
        if (span.start() >= bodyStart) {
            return new Span(Math.max(bodyStart, span.start() - chars), Math.min(text.length(), span.end() + chars));
        }
        return around(analysis, span, chars);
    }

    /** Whether a sentence ends just before offset i (so a new one starts at i). */
    private static boolean endsSentenceBefore(String text, int i) {
        char prev = text.charAt(i - 1);
        if (prev == '\n' && i >= 2 && text.charAt(i - 2) == '\n') {
            return true;
        }
        return Character.isWhitespace(prev) && i >= 2 && isStop(text.charAt(i - 2));
    }

    /** Whether the sentence containing offset i-1 ends at i. */
    private static boolean endsSentenceAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            return true;
        }
        return isStop(c) && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /**
     * Words before a claim, in its sentence, showing that someone else's words are being told about, as in
     * a warning ("scammers say 'I hacked your device'") or a news item, not said to the reader.
     */
    private static final Pattern REPORTED = Pattern.compile("(?i)"
            // "scammers often claim", "criminals may say"
            + "\\b(scammers?|fraudsters?|criminals?|crooks|con artists|spammers|thieves|hackers) (\\w+ ){0,2}"
            + "(say|says|said|claim|claims|claimed|tell|tells|told|pretend|pretends|ask|asks|asked|send|sends|"
            + "write|writes|use|uses|threaten|threatens|demand|demands|want|wants|try|tries)\\b"
            // "scam emails", "fake pop-ups"
            + "|\\b(scam|fake|phishing|fraudulent|extortion|sextortion|blackmail) (e-?mails?|messages?|letters?|"
            + "calls?|pop-?ups?|texts?|alerts?|websites?)\\b"
            // "emails that claim", "a pop-up that says"
            + "|\\b(e-?mails?|messages?|letters?|pop-?ups?|texts?|callers?) (that |which |who )?"
            + "(say|says|claim|claims|pretend|pretends|tell you|warn you)\\b"
            + "|\\b(for example|such as|beware of|watch out for|warning about|be careful with|be wary of)\\b");

    /** Whether the sentence around the span tells about a scam rather than making the claim itself. */
    public static boolean isReported(Analysis analysis, Span span) {
        Span sentence = around(analysis, span, 200);
        return REPORTED.matcher(analysis.text()).region(sentence.start(), span.start()).find();
    }

    /** The spans that overlap the range. */
    public static List<Span> within(List<Span> spans, Span range) {
        return spans.stream().filter(s -> s.start() < range.end() && s.end() > range.start()).toList();
    }
}
