package io.scamcheck.model;

/**
 * A link in the message: the words a reader sees, where it really leads, and where those words sit in the
 * visible text. For a bare address typed in plain text, the shown text and the target are the same.
 */
public record Link(String shownText, String target, Span span) {
}
