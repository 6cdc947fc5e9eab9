package io.scamcheck.intake;

import io.scamcheck.model.Email;
import io.scamcheck.model.SourceKind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The way in: pasted text, a dropped or opened file, or bytes from standard input become an {@link Email}.
 * Anything that is not a message is refused with a named {@link IntakeError}, never an exception trace.
 */
public final class Intake {
    /** Larger inputs are refused before they are read. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** A header line at the very start of a paste: "Name: value" with a mail-like header name. */
    private static final Pattern HEADER_LINE = Pattern.compile("^[A-Za-z][A-Za-z0-9-]{0,60}:[ \\t]?.*$");
    private static final Pattern KNOWN_HEADER = Pattern.compile(
            "(?im)^(from|subject|received|return-path|message-id|delivered-to|mime-version|date|to|reply-to|"
                    + "content-type|x-[a-z0-9-]+|dkim-signature|authentication-results):");

    private Intake() {
    }

    /** Pasted text: the body alone (the common case), or a whole message source with its headers. */
    public static Email fromPaste(String pasted) throws IntakeException {
        if (pasted == null || pasted.isBlank()) {
            throw new IntakeException(IntakeError.EMPTY, "nothing was pasted");
        }
        if (pasted.length() > MAX_BYTES) {
            throw new IntakeException(IntakeError.TOO_LARGE, pasted.length() + " characters");
        }
        String text = pasted.replace("\r\n", "\n").replace('\r', '\n');
        if (looksLikeMessageSource(text)) {
            return MimeReader.read(text.getBytes(StandardCharsets.UTF_8), SourceKind.PASTED_SOURCE);
        }
        return Email.builder(SourceKind.PASTED_TEXT)
                .appendBody(PlainText.clean(text), PlainText.links(PlainText.clean(text)))
                .build();
    }

    /** A file: .eml (or any message source), or .txt (pasted text). */
    public static Email fromFile(Path file) throws IntakeException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IntakeException(IntakeError.NOT_FOUND, file.toString(), e);
        } catch (IOException e) {
            throw new IntakeException(IntakeError.UNREADABLE, file.toString(), e);
        }
        if (Files.isDirectory(file)) {
            throw new IntakeException(IntakeError.NOT_A_MESSAGE, "a folder");
        }
        if (size > MAX_BYTES) {
            throw new IntakeException(IntakeError.TOO_LARGE, size + " bytes");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IntakeException(IntakeError.UNREADABLE, file.toString(), e);
        }
        return fromBytes(bytes, file.getFileName() == null ? "" : file.getFileName().toString());
    }

    /** Reads at most {@link #MAX_BYTES} from a stream (standard input) and treats it like a file. */
    public static Email fromStream(InputStream in, String nameHint) throws IntakeException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
        } catch (IOException e) {
            throw new IntakeException(IntakeError.UNREADABLE, nameHint, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IntakeException(IntakeError.TOO_LARGE, "more than " + MAX_BYTES + " bytes");
        }
        return fromBytes(bytes, nameHint);
    }

    public static Email fromBytes(byte[] bytes, String nameHint) throws IntakeException {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new IntakeException(IntakeError.EMPTY, nameHint);
        }
        FileSniffer.refuseNonMessages(bytes, nameHint);
        String name = nameHint == null ? "" : nameHint.toLowerCase(Locale.ROOT);
        if (name.endsWith(".eml")) {
            return MimeReader.read(bytes, SourceKind.EML);
        }
        String text = Charsets.decodeText(bytes);
        if (name.endsWith(".txt") || !looksLikeMessageSource(text)) {
            return fromPaste(text);
        }
        return MimeReader.read(bytes, SourceKind.EML);
    }

    /**
     * Whether text starts like a message source: its first line is a header and at least two well-known
     * header names appear before the first blank line.
     */
    static boolean looksLikeMessageSource(String text) {
        String t = text.stripLeading();
        int end = t.indexOf("\n\n");
        String head = end < 0 ? t : t.substring(0, end);
        int firstNl = head.indexOf('\n');
        String first = firstNl < 0 ? head : head.substring(0, firstNl);
        if (!HEADER_LINE.matcher(first).matches() && !first.startsWith("From ")) {
            return false;
        }
        long known = KNOWN_HEADER.matcher(head).results().count();
        return known >= 2;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
