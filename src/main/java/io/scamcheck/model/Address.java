package io.scamcheck.model;

import java.util.Locale;

/** A mail address with its optional display name, as written in a header. */
public record Address(String displayName, String address) {
    public Address {
        displayName = displayName == null ? "" : displayName.strip();
        address = address == null ? "" : address.strip();
    }

    /** The part after the last '@', lower case; empty when there is none. */
    public String domain() {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT).replaceAll("[>\\s.]+$", "");
    }

    public String localPart() {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }

    @Override
    public String toString() {
        return displayName.isEmpty() ? address : displayName + " <" + address + ">";
    }
}
