package io.scamcheck.model;

/**
 * An attached file, described but never opened. A size of -1 means unknown. {@code inline} marks a part
 * shown inside the message (a picture in the text) rather than offered as a file.
 */
public record Attachment(String name, String contentType, long size, boolean inline) {
    public Attachment {
        name = name == null ? "" : name;
        contentType = contentType == null ? "" : contentType;
    }

    public Attachment(String name, String contentType, long size) {
        this(name, contentType, size, false);
    }
}
