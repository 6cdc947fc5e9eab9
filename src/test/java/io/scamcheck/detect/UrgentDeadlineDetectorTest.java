package io.scamcheck.detect;

import io.scamcheck.testing.DetectorProbe;
import io.scamcheck.testing.DetectorRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrgentDeadlineDetectorTest {
    private final UrgentDeadlineDetector detector = new UrgentDeadlineDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.URGENT_DEADLINE);

    @Test
    void countdownsAndFinalNotices() {
        DetectorRun f = probe.on("""
                FINAL NOTICE: you must respond within 24 hours.
                Immediate action required. Act now before it's too late!
                """);
        assertThat(f.words()).containsExactly("FINAL NOTICE", "within 24 hours",
                "Immediate action required", "Act now", "before it's too late");
        assertThat(f.first().severity()).isEqualTo(Severity.CAUTION);
    }

    @Test
    void curlyApostrophesCount() {
        assertThat(probe.words("Don’t wait: only 2 days left to claim."))
                .containsExactly("Don’t wait", "only 2 days left");
    }

    @Test
    void calmMailIsQuiet() {
        assertThat(probe.findings("""
                Hi all, the next meeting is on Tuesday. Please send your slides by Monday if you can.
                The CRAN submission went through; thanks for the quick review.
                """)).isEmpty();
    }

    @Test
    void deadlineIsAWeakSignThatNeverDecidesAlone() {
        DetectorRun sale = probe.on("Our summer sale offer ends tonight. Final reminder: 20% off all garden tools.");
        assertThat(sale.findings()).isNotEmpty();
        assertThat(io.scamcheck.testing.Fixtures.analyze(sale.email()).verdict().verdict())
                .isEqualTo(io.scamcheck.verdict.Verdict.NO_SIGNS_FOUND);
    }
}
