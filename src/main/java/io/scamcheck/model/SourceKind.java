package io.scamcheck.model;

/** How the message reached the checker. */
public enum SourceKind {
    /** Pasted or .txt text with no mail headers: the body alone. */
    PASTED_TEXT,
    /** Pasted or .txt text that turned out to be the full source of a message, headers included. */
    PASTED_SOURCE,
    /** An .eml file (MIME), or one message of an .mbox file. */
    EML,
    /** The clipboard's HTML flavour, copied from a web mail page: the text a reader saw, with link targets. */
    PASTED_HTML,
    /** An .html file: shown as a browser would show its text. */
    HTML_FILE,
    /** An Outlook .msg file. */
    MSG
}
