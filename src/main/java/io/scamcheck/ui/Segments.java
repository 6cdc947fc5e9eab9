package io.scamcheck.ui;

import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
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
        TreeSet<Integer> cutSet = new TreeSet<>();
        cutSet.add(0);
        cutSet.add(textLength);
        for (List<Span> spans : spansPerCard) {
            for (Span s : spans) {
                int a = Math.min(s.start(), textLength);
                int b = Math.min(s.end(), textLength);
                if (b > a) {
                    cutSet.add(a);
                    cutSet.add(b);
                }
            }
        }
        int[] cuts = cutSet.stream().mapToInt(Integer::intValue).toArray();
        int pieces = Math.max(0, cuts.length - 1);
        // Which cards cover each piece between two cuts: each span covers a run of pieces, found by search.
        List<List<Integer>> covering = new ArrayList<>(pieces);
        for (int k = 0; k < pieces; k++) {
            covering.add(new ArrayList<>(1));
        }
        for (int card = 0; card < spansPerCard.size(); card++) {
            for (Span s : spansPerCard.get(card)) {
                int a = Math.min(s.start(), textLength);
                int b = Math.min(s.end(), textLength);
                if (b <= a) {
                    continue;
                }
                int from = Arrays.binarySearch(cuts, a);
                int to = Arrays.binarySearch(cuts, b);
                for (int k = from; k < to; k++) {
                    List<Integer> cards = covering.get(k);
                    if (cards.isEmpty() || cards.get(cards.size() - 1) != card) {
                        cards.add(card);
                    }
                }
            }
        }
        List<Segment> out = new ArrayList<>(pieces);
        for (int k = 0; k < pieces; k++) {
            out.add(new Segment(cuts[k], cuts[k + 1], covering.get(k)));
        }
        return merge(out);
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
