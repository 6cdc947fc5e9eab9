package io.scamcheck.intake;

import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitsTest {
    @Test
    void workPastItsTimeIsStoppedWithANamedError() throws Exception {
        AtomicBoolean interrupted = new AtomicBoolean();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> TimeLimit.run(Duration.ofMillis(200), () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return null;
        })).isInstanceOf(IntakeException.class)
                .extracting(e -> ((IntakeException) e).error()).isEqualTo(IntakeError.TOO_SLOW);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2_000);
        Thread.sleep(100);
        assertThat(interrupted).as("the work is told to stop").isTrue();
    }

    @Test
    void namedErrorsAndResultsPassThrough() throws Exception {
        assertThat(TimeLimit.run(() -> 42)).isEqualTo(42);
        assertThatThrownBy(() -> TimeLimit.run(() -> Intake.fromPaste("  ")))
                .isInstanceOf(IntakeException.class)
                .extracting(e -> ((IntakeException) e).error()).isEqualTo(IntakeError.EMPTY);
    }

    @Test
    void intakeItselfStopsWhenItsThreadIsInterrupted() {
        Thread.currentThread().interrupt();
        try {
            byte[] html = ("From: a@b.example\r\nContent-Type: text/html\r\n\r\n" + "<p>word</p>\r\n".repeat(5000))
                    .getBytes(StandardCharsets.US_ASCII);
            assertThatThrownBy(() -> Intake.fromBytes(html, "x.eml")).isInstanceOf(IntakeException.class)
                    .extracting(e -> ((IntakeException) e).error()).isEqualTo(IntakeError.TOO_SLOW);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aVeryLongBodyIsCutWithANote() throws Exception {
        String line = "All work and no play makes a long message. ".repeat(20) + "\n";
        Email e = Intake.fromBytes(("From: a@b.example\r\nSubject: long\r\n\r\n" + line.repeat(3000))
                .getBytes(StandardCharsets.US_ASCII), "long.eml");
        assertThat(e.body()).hasSize(Limits.STANDARD.maxTextChars());
        assertThat(e.notes()).extracting(t -> t.key()).containsExactly("intake.note.truncated");
    }

    @Test
    void everyErrorHasASentenceForTheReader() {
        var bundle = java.util.ResourceBundle.getBundle("io.scamcheck.messages", java.util.Locale.ENGLISH);
        for (IntakeError e : IntakeError.values()) {
            assertThat(bundle.containsKey(e.messageKey())).as(e.messageKey()).isTrue();
            String s = bundle.getString(e.messageKey());
            assertThat(s).doesNotContainIgnoringCase("safe").doesNotContain("Exception");
            for (String sentence : s.split("[.!?] ")) {
                assertThat(sentence.split("\\s+").length).as("short sentences: " + sentence).isLessThanOrEqualTo(20);
            }
        }
    }
}
