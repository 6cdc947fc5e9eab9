package io.scamcheck.detect;

import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for the word ranges a finding highlights. */
final class Spans {
    private Spans() {
    }

    /**
     * The spans in order, with overlapping ones joined, so that no word is highlighted twice, and with
     * neighbours only a space apart on the same line joined into one ("download" "AnyDesk").
     */
    static List<Span> merged(List<Span> spans, String text) {
        List<Span> sorted = spans.stream().sorted().toList();
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && (out.get(out.size() - 1).end() > s.start()
                    || onlySpacesBetween(text, out.get(out.size() - 1).end(), s.start()))) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean onlySpacesBetween(String text, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }
}
