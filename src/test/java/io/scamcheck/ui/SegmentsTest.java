package io.scamcheck.ui;

import io.scamcheck.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentsTest {

    @Test
    void overlappingSpansOfTwoCardsAreCutAtEveryBoundary() {
        // text:            0123456789012345678
        String text = "please call us now";
        // card 0: "call us now" (7..18), card 1: "please call" (0..11)
        List<Segment> segs = Segments.split(text.length(), List.of(
                List.of(new Span(7, 18)), List.of(new Span(0, 11))));

        assertThat(segs).extracting(s -> s.textOf(text)).containsExactly("please ", "call", " us now");
        assertThat(segs).extracting(Segment::cards).containsExactly(List.of(1), List.of(0, 1), List.of(0));
    }

    @Test
    void runsCoverTheWholeTextInOrderWithPlainTextBetweenMarks() {
        String text = "aaa BBB ccc DDD eee";
        List<Segment> segs = Segments.split(text.length(), List.of(
                List.of(new Span(4, 7), new Span(12, 15))));

        assertThat(segs).extracting(s -> s.textOf(text)).containsExactly("aaa ", "BBB", " ccc ", "DDD", " eee");
        assertThat(segs).extracting(Segment::marked).containsExactly(false, true, false, true, false);
        StringBuilder joined = new StringBuilder();
        segs.forEach(s -> joined.append(s.textOf(text)));
        assertThat(joined.toString()).isEqualTo(text);
    }

    @Test
    void aSpanInsideAnotherKeepsBothCardsOnTheInnerWords() {
        String text = "MAC Address : A0:95:6D:C7";
        List<Segment> segs = Segments.split(text.length(), List.of(
                List.of(new Span(0, 25)), List.of(new Span(14, 25))));

        assertThat(segs).extracting(s -> s.textOf(text)).containsExactly("MAC Address : ", "A0:95:6D:C7");
        assertThat(segs.get(1).cards()).containsExactly(0, 1);
    }

    @Test
    void spansPastTheEndAreClippedAndEmptyOnesIgnored() {
        List<Segment> segs = Segments.split(10, List.of(
                List.of(new Span(8, 40), new Span(3, 3), new Span(50, 60))));

        assertThat(segs).containsExactly(new Segment(0, 8, List.of()), new Segment(8, 10, List.of(0)));
    }

    @Test
    void anEmptyTextHasNoRuns() {
        assertThat(Segments.split(0, List.of(List.of(new Span(0, 0))))).isEmpty();
    }
}
