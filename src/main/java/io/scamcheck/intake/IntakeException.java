package io.scamcheck.intake;

/** A message that cannot be read, with the named reason. */
public final class IntakeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final IntakeError error;

    public IntakeException(IntakeError error, String detail) {
        super(error.id() + (detail == null || detail.isEmpty() ? "" : ": " + detail));
        this.error = error;
    }

    public IntakeException(IntakeError error, String detail, Throwable cause) {
        this(error, detail);
        initCause(cause);
    }

    public IntakeError error() {
        return error;
    }
}
