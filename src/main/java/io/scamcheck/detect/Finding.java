package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One claim or sign found in a message: its kind and weight, the exact words it is about, and what to tell
 * the reader. The explanation is the kind's standard sentence followed by facts particular to this message
 * (for example that a MAC address has four pairs instead of six). Evidence is for a helper.
 */
public record Finding(Kind kind, Severity severity, List<Span> spans, Text title, List<Text> explanation,
                      Text advice, List<Text> evidence) {

    public Finding {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(severity);
        spans = spans.stream().sorted().distinct().toList();
        explanation = List.copyOf(explanation);
        evidence = List.copyOf(evidence);
    }

    public static Builder of(Kind kind) {
        return new Builder(kind);
    }

    /** Where the first highlighted word starts, or Integer.MAX_VALUE for a finding with no words. */
    public int firstOffset() {
        return spans.isEmpty() ? Integer.MAX_VALUE : spans.get(0).start();
    }

    public static final class Builder {
        private final Kind kind;
        private Severity severity;
        private final List<Span> spans = new ArrayList<>();
        private Text title;
        private final List<Text> explanation = new ArrayList<>();
        private Text advice;
        private final List<Text> evidence = new ArrayList<>();

        private Builder(Kind kind) {
            this.kind = kind;
            this.severity = kind.defaultSeverity();
            this.title = Text.of(kind.titleKey());
            this.explanation.add(Text.of(kind.explanationKey()));
            this.advice = Text.of(kind.adviceKey());
        }

        public Builder severity(Severity s) {
            this.severity = s;
            return this;
        }

        public Builder span(Span s) {
            spans.add(s);
            return this;
        }

        public Builder span(int start, int end) {
            return span(new Span(start, end));
        }

        public Builder spans(List<Span> s) {
            spans.addAll(s);
            return this;
        }

        public Builder title(Text t) {
            this.title = t;
            return this;
        }

        /** Replaces the kind's standard explanation with this one. */
        public Builder explanation(Text t) {
            explanation.set(0, t);
            return this;
        }

        /** Adds a fact particular to this message after the standard explanation. */
        public Builder fact(Text t) {
            explanation.add(t);
            return this;
        }

        public Builder advice(Text t) {
            this.advice = t;
            return this;
        }

        public Builder evidence(Text t) {
            evidence.add(t);
            return this;
        }

        public boolean hasSpans() {
            return !spans.isEmpty();
        }

        public Finding build() {
            return new Finding(kind, severity, spans, title, explanation, advice, evidence);
        }
    }
}
