package io.scamcheck.model;

/** How the message reached the checker. */
public enum SourceKind {
    /** Pasted or .txt text with no mail headers: the body alone. */
    PASTED_TEXT,
    /** Pasted or .txt text that turned out to be the full source of a message, headers included. */
    PASTED_SOURCE,
    /** An .eml file (MIME). */
    EML
}
