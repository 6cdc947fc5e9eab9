package io.scamcheck.detect;

import java.util.Locale;

/** How much a finding weighs, from a strong sign of a scam to a note for a helper. */
public enum Severity {
    DANGER, WARNING, CAUTION, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
