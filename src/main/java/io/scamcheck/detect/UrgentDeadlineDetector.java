package io.scamcheck.detect;

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
}
