package io.scamcheck.intake;

/**
 * The time one message may take, checked by intake's loops as they go, so that a hostile message stops on
 * its own. It also stops when the thread is interrupted (as {@link TimeLimit} does when time is up).
 */
final class Budget {
    private final long deadline;
    private int calls;

    Budget(Limits limits) {
        long nanos = limits.timePerMessage().toNanos();
        this.deadline = System.nanoTime() + nanos;
    }

    /** Throws {@link TimeUp} when the time is spent or the work was cancelled. Cheap enough to call often. */
    void check() {
        if ((++calls & 63) != 0) {
            return;
        }
        checkNow();
    }

    void checkNow() {
        if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadline > 0) {
            throw new TimeUp();
        }
    }

    /** Time ran out while reading a message; turned into {@link IntakeError#TOO_SLOW} at intake's edge. */
    static final class TimeUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimeUp() {
            super("time per message ran out", null, false, false);
        }
    }
}
