package io.scamcheck.ui;

import io.scamcheck.detect.Severity;
import io.scamcheck.model.Span;

import java.util.List;

/**
 * One finding as the window shows it, already in words: headline, explanation, what to do, and the
 * technical details for a helper.
 */
public record CardModel(int index, String kindId, Severity severity, String severityWords, String title,
                        String explanation, String advice, List<String> evidence, List<Span> spans,
                        List<String> words) {
    public CardModel {
        evidence = List.copyOf(evidence);
        spans = List.copyOf(spans);
        words = List.copyOf(words);
    }

    public boolean hasWords() {
        return !spans.isEmpty();
    }
}
