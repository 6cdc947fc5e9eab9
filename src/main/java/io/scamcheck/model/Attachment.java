package io.scamcheck.model;

/** An attached file, described but never opened. A size of -1 means unknown. */
public record Attachment(String name, String contentType, long size) {
}
