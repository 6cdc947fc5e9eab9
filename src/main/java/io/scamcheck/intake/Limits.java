package io.scamcheck.intake;

import java.time.Duration;

/**
 * What intake accepts before it gives up with a named {@link IntakeError}: file size, MIME depth, number of
 * parts, line length, and time per message. Visible text past {@code maxTextChars} is cut with a note.
 */
public record Limits(long maxBytes, int maxDepth, int maxParts, int maxLineChars, int maxTextChars,
                     Duration timePerMessage) {
    /** The limits the window and the command line use. */
    public static final Limits STANDARD = new Limits(64L * 1024 * 1024, 20, 500, 1 << 20, 2_000_000,
            Duration.ofSeconds(10));
}
