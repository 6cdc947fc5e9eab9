package io.scamcheck.model;

/** One header field, its value decoded (RFC 2047 words turned into text) and unfolded. */
public record Header(String name, String value) {
}
