package io.scamcheck.ui;

import java.util.List;

/**
 * A run of the message's text between two span boundaries, with the cards whose words cover it (most
 * important first; empty for plain text). Overlapping findings split the text at every boundary, so each run
 * belongs to a fixed set of cards.
 */
public record Segment(int start, int end, List<Integer> cards) {
    public Segment {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad segment " + start + ".." + end);
        }
        cards = List.copyOf(cards);
    }

    public boolean marked() {
        return !cards.isEmpty();
    }

    public boolean belongsTo(int card) {
        return cards.contains(card);
    }

    public String textOf(String text) {
        return text.substring(start, end);
    }
}
