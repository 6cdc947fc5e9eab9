package io.scamcheck.model;

/**
 * Words the sender put in the message but a reader cannot see (hidden by the HTML's styles), kept for the
 * {@code disguised-text} check. They are not part of the visible text; {@code at} is the empty span in the
 * visible text where they sit, between the words around them.
 *
 * <p>Reasons: {@code display-none}, {@code visibility-hidden}, {@code hidden-attribute}, {@code zero-size}
 * (font size, width or height of zero, or a tiny font), {@code transparent} (opacity zero or transparent
 * colour), {@code same-color} (text coloured like its background, such as white on white), {@code offscreen}
 * (pushed far outside the page).
 */
public record HiddenText(String text, String reason, Span at) {
    public HiddenText {
        if (text == null || reason == null || at == null) {
            throw new IllegalArgumentException("hidden text needs text, reason and place");
        }
    }

    /** Kept for callers that think of the place as a span. */
    public Span span() {
        return at;
    }
}
