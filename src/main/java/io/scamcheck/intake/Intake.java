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
 * The way in: pasted text or HTML, a dropped or opened file, or bytes from standard input become an
 * {@link Email}. Anything that is not a message is refused with a named {@link IntakeError}, never an
 * exception trace; every call stops on its own within {@link Limits#timePerMessage()}.
 */
public final class Intake {
    /** Larger inputs are refused before they are read. */
    public static final long MAX_BYTES = Limits.STANDARD.maxBytes();

    /** A header line at the very start of a paste: "Name: value" with a mail-like header name. */
    private static final Pattern HEADER_LINE = Pattern.compile("^[A-Za-z][A-Za-z0-9-]{0,60}:[ \\t]?.*$");
    private static final Pattern KNOWN_HEADER = Pattern.compile(
            "(?im)^(from|subject|received|return-path|message-id|delivered-to|mime-version|date|to|reply-to|"
                    + "content-type|x-[a-z0-9-]+|dkim-signature|authentication-results):");

    private Intake() {
    }

    /** Work that reads one message under a time budget. */
    interface Work {
        Email run(Budget budget) throws IntakeException;
    }

    /** Runs intake work and turns every way it can fail into a named error. */
    private static Email guarded(Work work) throws IntakeException {
        Budget budget = new Budget(Limits.STANDARD);
        try {
            return work.run(budget);
        } catch (Budget.TimeUp e) {
            throw new IntakeException(IntakeError.TOO_SLOW, "more than "
                    + Limits.STANDARD.timePerMessage().toSeconds() + " s", e);
        } catch (StackOverflowError e) {
            throw new IntakeException(IntakeError.TOO_DEEP, "nested too deeply to read", e);
        } catch (OutOfMemoryError e) {
            throw new IntakeException(IntakeError.TOO_LARGE, "not enough memory to read it", e);
        } catch (RuntimeException e) {
            throw new IntakeException(IntakeError.BROKEN_MESSAGE, String.valueOf(e), e);
        }
    }

    /** Reads a message under a time budget, with every failure named (used by {@link Mailbox}). */
    static Email guardedRead(Work work) throws IntakeException {
        return guarded(work);
    }

    /**
     * A file that may hold many messages: an mbox file gives its list (date, sender, subject) and reads the
     * one chosen; any other message file gives a mailbox of one. The file may be of any size: it is read
     * once from start to end to find its messages, and only where each starts and ends is kept. Each message
     * is read when it is asked for, and one larger than {@link Limits#maxBytes()} is refused on its own.
     */
    public static Mailbox mailbox(Path file) throws IntakeException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        byte[] head = head(file, SNIFFED);
        if (head.length == 0 || isBlank(head) && head.length < SNIFFED) {
            throw new IntakeException(IntakeError.EMPTY, name);
        }
        if (!Mailbox.looksLikeMbox(head, name)) {
            throw new IntakeException(IntakeError.NOT_A_MAILBOX, name);
        }
        return Mailbox.of(file);
    }

    /**
     * Bytes already read (standard input) as a mailbox, when they are an mbox file (starting with a "From "
     * line with a date and time); null when they are not.
     */
    public static Mailbox mailboxIn(byte[] data) throws IntakeException {
        if (data == null || !Mailbox.looksLikeMbox(data, "-")) {
            return null;
        }
        return Mailbox.of(data);
    }

    /** How much of a file's start is read to tell what it is. */
    private static final int SNIFFED = 8192;

    /** The first {@code max} bytes of a file (fewer when it is shorter), with every failure named. */
    private static byte[] head(Path file, int max) throws IntakeException {
        try {
            if (Files.isDirectory(file)) {
                throw new IntakeException(IntakeError.NOT_A_MESSAGE, "a folder");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(max);
            }
        } catch (NoSuchFileException e) {
            throw new IntakeException(IntakeError.NOT_FOUND, file.toString(), e);
        } catch (IOException | SecurityException e) {
            throw new IntakeException(IntakeError.UNREADABLE, file.toString(), e);
        }
    }

    /**
     * Whether a file is an mbox file, to be opened with {@link #mailbox(Path)}. A single message saved with an
     * mbox "From " line is one too: a mailbox of one, whose only message is the file itself.
     */
    public static boolean isMailbox(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return Mailbox.looksLikeMbox(in.readNBytes(1000), name);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Pasted text: the body alone (the common case), or a whole message source with its headers. */
    public static Email fromPaste(String pasted) throws IntakeException {
        return guarded(budget -> paste(pasted, budget));
    }

    /**
     * The clipboard's HTML flavour, as a browser puts it there when a person copies from web mail: the text a
     * reader saw, with the real targets of its links.
     */
    public static Email fromPastedHtml(String html) throws IntakeException {
        return guarded(budget -> pastedHtml(html, SourceKind.PASTED_HTML, budget));
    }

    private static Email paste(String pasted, Budget budget) throws IntakeException {
        if (pasted == null || pasted.isBlank()) {
            throw new IntakeException(IntakeError.EMPTY, "nothing was pasted");
        }
        if (pasted.length() > Limits.STANDARD.maxBytes()) {
            throw new IntakeException(IntakeError.TOO_LARGE, pasted.length() + " characters");
        }
        checkLines(pasted);
        String text = pasted.replace("\r\n", "\n").replace('\r', '\n');
        if (looksLikeMessageSource(text)) {
            return MimeReader.read(text.getBytes(StandardCharsets.UTF_8), SourceKind.PASTED_SOURCE,
                    Limits.STANDARD, budget);
        }
        Parsed p = new Parsed();
        String clean = PlainText.clean(text);
        p.body.append(clean, PlainText.links(clean), java.util.List.of());
        return p.build(SourceKind.PASTED_TEXT);
    }

    private static Email pastedHtml(String html, SourceKind kind, Budget budget) throws IntakeException {
        if (html == null || html.isBlank()) {
            throw new IntakeException(IntakeError.EMPTY, "nothing was pasted");
        }
        if (html.length() > Limits.STANDARD.maxBytes()) {
            throw new IntakeException(IntakeError.TOO_LARGE, html.length() + " characters");
        }
        checkLines(html);
        HtmlText.Result r = HtmlText.convert(ClipboardHtml.fragment(html), budget);
        if (r.text().isBlank()) {
            throw new IntakeException(IntakeError.EMPTY, "the HTML shows no text");
        }
        if (looksLikeMessageSource(r.text())) {
            // The "show original" page of a web mail, copied: the source inside is the message.
            return paste(r.text(), budget);
        }
        Parsed p = new Parsed();
        p.body.append(r.text(), r.links(), r.hidden());
        return p.build(kind);
    }

    private static void checkLines(String s) throws IntakeException {
        int run = 0;
        int max = Limits.STANDARD.maxLineChars();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                run = 0;
            } else if (++run > max) {
                throw new IntakeException(IntakeError.LINE_TOO_LONG, "a line longer than " + max + " characters");
            }
        }
    }

    /** A file: .eml (or any message source), .txt (pasted text), .html, .msg or .mbox (the first message). */
    public static Email fromFile(Path file) throws IntakeException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        byte[] head = head(file, SNIFFED);
        if (Mailbox.looksLikeMbox(head, name) && !isBlank(head)) {
            // A mailbox of any size: only its first message is read.
            FileSniffer.refuseNonMessages(head, name);
            return guarded(budget -> Mailbox.of(file).first(budget));
        }
        if (head.length == SNIFFED && !isBlank(head) && FileSniffer.kind(head) == null) {
            long size = size(file);
            if (size > Mailbox.READ_IN_PLACE && size <= Limits.STANDARD.maxBytes() && isMessageSource(file, name)) {
                // A large message file is read by the parser from the file, a piece at a time: an
                // attachment is counted as it streams past and the file is never copied into memory.
                return guarded(budget -> inPlace(file, size, budget));
            }
        }
        return fromBytes(readFile(file), name);
    }

    private static long size(Path file) throws IntakeException {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IntakeException(IntakeError.NOT_FOUND, file.toString(), e);
        } catch (IOException | SecurityException e) {
            throw new IntakeException(IntakeError.UNREADABLE, file.toString(), e);
        }
    }

    /**
     * Whether {@link #bytes} would read this file as a message source: named .eml, or (not named .txt or
     * .html) starting like one. The start is enough: only its first 256 kB are looked at.
     */
    private static boolean isMessageSource(Path file, String name) throws IntakeException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".eml")) {
            return true;
        }
        if (lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm")) {
            return false;
        }
        return looksLikeMessageSource(Charsets.decodeText(head(file, Mailbox.READ_IN_PLACE)));
    }

    private static Email inPlace(Path file, long size, Budget budget) throws IntakeException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ)) {
            if (ch.size() != size) {
                throw new IntakeException(IntakeError.UNREADABLE, file + " changed while it was read");
            }
            return MimeReader.parse(Bytes.of(ch, 0, size), SourceKind.EML, Limits.STANDARD, budget)
                    .build(SourceKind.EML);
        } catch (IOException | SecurityException e) {
            throw new IntakeException(IntakeError.UNREADABLE, file.toString(), e);
        }
    }

    static byte[] readFile(Path file) throws IntakeException {
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new IntakeException(IntakeError.NOT_A_MESSAGE, "a folder");
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IntakeException(IntakeError.NOT_FOUND, file.toString(), e);
        } catch (IOException | SecurityException e) {
            throw new IntakeException(IntakeError.UNREADABLE, file.toString(), e);
        }
        if (size > Limits.STANDARD.maxBytes()) {
            throw new IntakeException(IntakeError.TOO_LARGE, size + " bytes");
        }
        try (InputStream in = Files.newInputStream(file)) {
            // The size is known: one array of that size, not the growing buffers and final copy of
            // readNBytes, which briefly need twice the file in memory.
            byte[] bytes = new byte[(int) size];
            int n = in.readNBytes(bytes, 0, bytes.length);
            if (n < bytes.length || in.read() >= 0) {
                // the file changed while being read: read it again the slow, capped way
                try (InputStream again = Files.newInputStream(file)) {
                    return readCapped(again, file.toString());
                }
            }
            return bytes;
        } catch (IOException | SecurityException e) {
            throw new IntakeException(IntakeError.UNREADABLE, file.toString(), e);
        }
    }

    /** Reads at most {@link #MAX_BYTES} from a stream (standard input) and treats it like a file. */
    public static Email fromStream(InputStream in, String nameHint) throws IntakeException {
        return fromBytes(readCapped(in, nameHint), nameHint);
    }

    /**
     * Reads a whole input (standard input) up to {@link #MAX_BYTES}, so that it can be checked later within
     * the time per message; {@link IntakeError#TOO_LARGE} past the limit.
     */
    public static byte[] readInput(InputStream in, String name) throws IntakeException {
        return readCapped(in, name);
    }

    private static byte[] readCapped(InputStream in, String name) throws IntakeException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Limits.STANDARD.maxBytes() + 1));
        } catch (IOException e) {
            throw new IntakeException(IntakeError.UNREADABLE, name, e);
        }
        if (bytes.length > Limits.STANDARD.maxBytes()) {
            throw new IntakeException(IntakeError.TOO_LARGE, "more than " + Limits.STANDARD.maxBytes() + " bytes");
        }
        return bytes;
    }

    /**
     * What the first bytes of a file show it to be when it is not a message ("PDF document", "image",
     * "archive", "Office document", "program", "binary data"), or null when it may be text.
     */
    public static String fileKind(byte[] firstBytes) {
        return FileSniffer.kind(firstBytes);
    }

    public static Email fromBytes(byte[] bytes, String nameHint) throws IntakeException {
        return guarded(budget -> bytes(bytes, nameHint, budget));
    }

    private static Email bytes(byte[] bytes, String nameHint, Budget budget) throws IntakeException {
        if (bytes == null || bytes.length == 0 || isBlank(bytes)) {
            throw new IntakeException(IntakeError.EMPTY, nameHint);
        }
        if (bytes.length > Limits.STANDARD.maxBytes()) {
            throw new IntakeException(IntakeError.TOO_LARGE, bytes.length + " bytes");
        }
        if (FileSniffer.isOle(bytes)) {
            // Outlook .msg files are OLE compound files; other Office documents are refused there.
            return MsgReader.parse(bytes, nameHint, Limits.STANDARD, budget).build(SourceKind.MSG);
        }
        FileSniffer.refuseNonMessages(bytes, nameHint);
        String name = nameHint == null ? "" : nameHint.toLowerCase(Locale.ROOT);
        if (Mailbox.looksLikeMbox(bytes, name)) {
            return Mailbox.of(bytes).first(budget);
        }
        if (name.endsWith(".eml")) {
            return MimeReader.read(bytes, SourceKind.EML, Limits.STANDARD, budget);
        }
        String text = Charsets.decodeText(bytes);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return pastedHtml(text, SourceKind.HTML_FILE, budget);
        }
        if (name.endsWith(".txt") || !looksLikeMessageSource(text)) {
            return paste(text, budget);
        }
        return MimeReader.read(bytes, SourceKind.EML, Limits.STANDARD, budget);
    }

    /**
     * Whether text starts like a message source: its first line is a header and at least two well-known
     * header names appear before the first blank line.
     */
    static boolean looksLikeMessageSource(String text) {
        String t = text.stripLeading().replace("\r\n", "\n");
        int end = t.indexOf("\n\n");
        String head = end < 0 ? t : t.substring(0, end);
        if (head.length() > 256 * 1024) {
            head = head.substring(0, 256 * 1024);
        }
        int firstNl = head.indexOf('\n');
        String first = firstNl < 0 ? head : head.substring(0, firstNl);
        if (!HEADER_LINE.matcher(first).matches() && !first.startsWith("From ")) {
            return false;
        }
        long known = KNOWN_HEADER.matcher(head).results().limit(2).count();
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
