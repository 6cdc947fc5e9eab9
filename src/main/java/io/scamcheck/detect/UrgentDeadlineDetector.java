package io.scamcheck.detect;

import io.scamcheck.model.Span;

import java.util.List;

/**
 * urgent-deadline: countdowns and deadlines ("within 24 hours", "final notice", "act now"). A weak sign on
 * its own: shops and services set deadlines too. It adds to stronger signs, because scammers rush people so
 * they do not stop to check.
 */
public final class UrgentDeadlineDetector extends PhraseDetector {
    public UrgentDeadlineDetector() {
        super(Kind.URGENT_DEADLINE, "deadline");
    }

    @Override
    public String name() {
        return "urgent-deadline";
    }

    @Override
    protected List<Span> spans(Analysis analysis, List<Span> matches) {
        String text = analysis.text();
        return matches.stream().filter(s -> !PhraseContext.negated(text, s)).toList();
    }
}
