package io.scamcheck.ui;

import io.scamcheck.verdict.Verdict;

import java.util.List;

/**
 * Everything the result screen shows for one message, already in words: the verdict, the message's visible
 * text cut into marked and plain runs, the two or three findings that decided the verdict
 * ({@code reasons}, one short sentence each), and one card per finding (most important first). {@code cut} says the
 * text is only the start of a very long message (the check itself covered all of it). {@code notes} are
 * intake's plain remarks on how the message was read, such as checking the original inside a forward.
 */
public record ResultModel(String source, String text, boolean cut, Verdict verdict, String headline,
                          String summary, List<String> reasons, List<String> notes, List<String> steps, List<CardModel> cards, List<Segment> segments) {
    public ResultModel {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
        steps = List.copyOf(steps);
        cards = List.copyOf(cards);
        segments = List.copyOf(segments);
    }

    public boolean hasMarks() {
        return segments.stream().anyMatch(Segment::marked);
    }

    /** The first run that shows card i's words, if it has any. */
    public java.util.Optional<Segment> firstSegmentOf(int card) {
        return segments.stream().filter(s -> s.belongsTo(card)).findFirst();
    }
}
