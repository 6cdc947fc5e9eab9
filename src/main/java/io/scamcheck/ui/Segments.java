package io.scamcheck.ui;

import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Cuts a message's text into runs at every span boundary, so overlapping highlights stay exact. */
public final class Segments {
    private Segments() {
    }

    /**
     * Runs that cover the whole text in order. {@code spansPerCard.get(i)} are card i's spans; spans outside
     * the text are clipped, empty ones ignored.
     */
    public static List<Segment> split(int textLength, List<List<Span>> spansPerCard) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(textLength);
        for (List<Span> spans : spansPerCard) {
            for (Span s : spans) {
                int a = Math.min(s.start(), textLength);
                int b = Math.min(s.end(), textLength);
                if (b > a) {
                    cuts.add(a);
                    cuts.add(b);
                }
            }
        }
        List<Segment> out = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                out.add(new Segment(prev, cut, cardsCovering(prev, cut, spansPerCard)));
            }
            prev = cut;
        }
        return merge(out);
    }

    private static List<Integer> cardsCovering(int start, int end, List<List<Span>> spansPerCard) {
        List<Integer> cards = new ArrayList<>();
        for (int i = 0; i < spansPerCard.size(); i++) {
            for (Span s : spansPerCard.get(i)) {
                if (s.start() <= start && s.end() >= end) {
                    cards.add(i);
                    break;
                }
            }
        }
        return cards;
    }

    /** Joins neighbours that belong to the same cards (e.g. two touching spans of one finding). */
    private static List<Segment> merge(List<Segment> in) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : in) {
            if (!out.isEmpty()) {
                Segment last = out.get(out.size() - 1);
                if (last.end() == s.start() && last.cards().equals(s.cards())) {
                    out.set(out.size() - 1, new Segment(last.start(), s.end(), s.cards()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }
}
