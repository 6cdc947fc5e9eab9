package io.scamcheck.detect;

import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class UrgentDeadlineDetectorTest {
    private final UrgentDeadlineDetector detector = new UrgentDeadlineDetector();

    @Test
    void countdownsAndFinalNotices() {
        Email e = paste("""
                FINAL NOTICE: you must respond within 24 hours.
                Immediate action required. Act now before it's too late!
                """);
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.URGENT_DEADLINE)).containsExactly("FINAL NOTICE", "within 24 hours",
                "Immediate action required", "Act now", "before it's too late");
        assertThat(f.get(0).severity()).isEqualTo(Severity.CAUTION);
    }

    @Test
    void curlyApostrophesCount() {
        Email e = paste("Don’t wait: only 2 days left to claim.");
        assertThat(words(e, run(detector, e), Kind.URGENT_DEADLINE)).containsExactly("Don’t wait", "only 2 days left");
    }

    @Test
    void calmMailIsQuiet() {
        Email e = paste("""
                Hi all, the next meeting is on Tuesday. Please send your slides by Monday if you can.
                The CRAN submission went through; thanks for the quick review.
                """);
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void deadlineIsAWeakSignThatNeverDecidesAlone() {
        Email e = paste("Our summer sale offer ends tonight. Final reminder: 20% off all garden tools.");
        assertThat(run(detector, e)).isNotEmpty();
        assertThat(io.scamcheck.testing.Fixtures.analyze(e).verdict().verdict())
                .isEqualTo(io.scamcheck.verdict.Verdict.NO_SIGNS_FOUND);
    }
}
