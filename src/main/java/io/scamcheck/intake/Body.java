package io.scamcheck.intake;

import io.scamcheck.model.HiddenText;
import io.scamcheck.model.Link;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;

/** A body being put together: its text, and its links and hidden words with spans relative to that text. */
final class Body {
    final StringBuilder text = new StringBuilder();
    final List<Link> links = new ArrayList<>();
    final List<HiddenText> hidden = new ArrayList<>();

    boolean isEmpty() {
        return text.length() == 0;
    }

    void append(String t, List<Link> l, List<HiddenText> h) {
        int offset = text.length();
        text.append(t);
        for (Link link : l) {
            links.add(new Link(link.shownText(), link.target(), shift(link.span(), offset)));
        }
        for (HiddenText x : h) {
            hidden.add(new HiddenText(x.text(), x.reason(), shift(x.at(), offset)));
        }
    }

    /** Starts a new piece of body (another text part) on a new paragraph. */
    void separate() {
        if (text.length() > 0) {
            int nl = 0;
            for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\n' && nl < 2; i--) {
                nl++;
            }
            text.append("\n\n", 0, 2 - nl);
        }
    }

    private static Span shift(Span s, int by) {
        return new Span(s.start() + by, s.end() + by);
    }

    /** The part of this body from {@code from} to the end, with the links and hidden words inside it. */
    Body tail(int from) {
        Body b = new Body();
        b.text.append(text, from, text.length());
        for (Link l : links) {
            if (l.span().start() >= from) {
                b.links.add(new Link(l.shownText(), l.target(), shift(l.span(), -from)));
            }
        }
        for (HiddenText h : hidden) {
            if (h.at().start() >= from) {
                b.hidden.add(new HiddenText(h.text(), h.reason(), shift(h.at(), -from)));
            }
        }
        return b;
    }

    /**
     * The same body with one level of "&gt; " quoting taken off every line, when every non-blank line is
     * quoted. Spans move with their words; a link that the change would cut is dropped.
     */
    Body unquoted() {
        String t = text.toString();
        boolean allQuoted = false;
        for (String line : t.split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            if (!line.startsWith(">")) {
                return this;
            }
            allQuoted = true;
        }
        if (!allQuoted) {
            return this;
        }
        int[] map = new int[t.length() + 1];
        StringBuilder out = new StringBuilder(t.length());
        int i = 0;
        boolean lineStart = true;
        while (i < t.length()) {
            if (lineStart && t.charAt(i) == '>') {
                map[i] = out.length();
                i++;
                if (i < t.length() && t.charAt(i) == ' ') {
                    map[i] = out.length();
                    i++;
                }
                lineStart = false;
                continue;
            }
            char c = t.charAt(i);
            map[i] = out.length();
            out.append(c);
            lineStart = c == '\n';
            i++;
        }
        map[t.length()] = out.length();
        Body b = new Body();
        b.text.append(out);
        String nt = out.toString();
        for (Link l : links) {
            Span s = new Span(map[l.span().start()], map[l.span().end()]);
            b.links.add(new Link(s.textOf(nt), l.target(), s));
        }
        for (HiddenText h : hidden) {
            b.hidden.add(new HiddenText(h.text(), h.reason(), new Span(map[h.at().start()], map[h.at().end()])));
        }
        return b;
    }
}
