package io.scamcheck.intake;

/**
 * Why a message could not be read. Each has a sentence for the reader in the bundle under
 * {@code error.<id>} and a stable id for the command line's {@code error} object.
 */
public enum IntakeError {
    EMPTY("empty"),
    NOT_FOUND("not-found"),
    UNREADABLE("unreadable"),
    TOO_LARGE("too-large"),
    NOT_A_MESSAGE("not-a-message"),
    BROKEN_MESSAGE("broken-message"),
    TOO_DEEP("too-deep"),
    TOO_MANY_PARTS("too-many-parts"),
    TOO_SLOW("too-slow"),
    /** A line longer than {@link Limits#maxLineChars()}: no mail program writes one; it is built to choke parsers. */
    LINE_TOO_LONG("line-too-long"),
    /** Asked to list the messages of a file that is not an mbox file. */
    NOT_A_MAILBOX("not-a-mailbox");

    private final String id;

    IntakeError(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String messageKey() {
        return "error." + id;
    }
}
