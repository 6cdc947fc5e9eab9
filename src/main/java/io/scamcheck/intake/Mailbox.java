package io.scamcheck.intake;

import io.scamcheck.i18n.Text;
import io.scamcheck.model.Email;
import io.scamcheck.model.SourceKind;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An mbox file: many messages one after the other, each starting with a "From " line. The file is read once
 * from start to end to find where each message starts and ends; only those places are kept, never the file.
 * Lists the messages (date, sender, subject) from their headers alone, and reads the one chosen from the
 * file when it is asked for: a large one by the parser, a piece at a time, so a mailbox of several
 * gigabytes needs no more memory than a small message. Lines quoted as "&gt;From " in the bodies are given
 * back their words.
 */
public final class Mailbox {
    /**
     * More messages than this are not listed; the file is refused as too large. Finding them keeps three
     * numbers per message; the window's list keeps a date, a sender and a subject for each.
     */
    public static final int MAX_MESSAGES = 200_000;

    /** Headers read for the list, at most: enough for any real message's headers. */
    private static final int MAX_LISTED_HEADER = 256 * 1024;
    /** How much of the file is read at a time while looking for the messages. */
    private static final int CHUNK = 1 << 20;
    /**
     * A message larger than this is read from the file by the parser, a piece at a time, rather than copied
     * into memory first.
     */
    static final int READ_IN_PLACE = 256 * 1024;
    /** A message with more quoted "From " lines than this is copied into memory to be unquoted. */
    private static final int MAX_QUOTED_IN_PLACE = 10_000;

    /** The "From " line that starts a message: a sender (or "-") and, in real files, a time and a year. */
    private static final Pattern FROM_LINE = Pattern.compile("^From \\S+.*\\d\\d:\\d\\d.*\\d{4}\\s*$");
    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);

    /** One message of the file, as a list shows it. {@code number} counts from 1. */
    public record Entry(int number, String date, String sender, String subject) {
    }

    /** Where the bytes are: a file read in pieces, or bytes already in memory (standard input). */
    private interface Source {
        long size() throws IOException;

        /** Reads {@code len} bytes at {@code pos}, all of them. */
        void read(long pos, byte[] dst, int off, int len) throws IOException;

        /** Reads from {@code pos} into the buffer, as much as fits or is left; -1 at the end. */
        int next(long pos, ByteBuffer into) throws IOException;
    }

    private static final class FileSource implements Source {
        private final Path file;
        private FileChannel open;

        FileSource(Path file) {
            this.file = file;
        }

        @Override
        public synchronized long size() throws IOException {
            return channel().size();
        }

        @Override
        public synchronized void read(long pos, byte[] dst, int off, int len) throws IOException {
            // The file is opened for each message and closed after it, a listed mailbox holds no file open;
            // making the list, it stays open from the first message to the last.
            if (open != null) {
                readAll(open, pos, dst, off, len);
                return;
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                readAll(ch, pos, dst, off, len);
            }
        }

        private void readAll(FileChannel ch, long pos, byte[] dst, int off, int len) throws IOException {
            Bytes piece = Bytes.of(ch, pos, pos + len);
            int done = 0;
            while (done < len) {
                // in pieces: the JDK copies each read through a buffer as large as the read
                int n = piece.read(done, dst, off + done, len - done);
                if (n < 0) {
                    throw new EOFException("the file became shorter: " + file);
                }
                done += n;
            }
        }

        @Override
        public synchronized int next(long pos, ByteBuffer into) throws IOException {
            return channel().read(into, pos);
        }

        /** The channel the first reading uses from start to end; closed by {@link #done()}. */
        private FileChannel channel() throws IOException {
            if (open == null) {
                open = FileChannel.open(file, StandardOpenOption.READ);
            }
            return open;
        }

        /**
         * Reads message bytes {@code from} to {@code to} straight from the file, as the parser asks, quoted
         * "&gt;From " lines unquoted as they are read; null when it has too many of those to keep track of.
         */
        Parsed parse(long from, long to, boolean quoted, Budget budget) throws IntakeException, IOException {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                if (ch.size() < to) {
                    throw new EOFException("the file became shorter: " + file);
                }
                Bytes bytes = Bytes.of(ch, from, to);
                if (quoted) {
                    bytes = bytes.withoutFromQuotes(MAX_QUOTED_IN_PLACE);
                    if (bytes == null) {
                        return null;
                    }
                }
                return MimeReader.parse(bytes, SourceKind.EML, Limits.STANDARD, budget);
            }
        }

        synchronized void done() {
            if (open != null) {
                try {
                    open.close();
                } catch (IOException ignored) {
                    // nothing was written; closing a file only read cannot lose anything
                }
                open = null;
            }
        }
    }

    private record BytesSource(byte[] bytes) implements Source {
        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public void read(long pos, byte[] dst, int off, int len) {
            System.arraycopy(bytes, (int) pos, dst, off, len);
        }

        @Override
        public int next(long pos, ByteBuffer into) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = (int) Math.min(into.remaining(), bytes.length - pos);
            into.put(bytes, (int) pos, n);
            return n;
        }
    }

    private final Source source;
    /** For message i (from 0): where it starts, where its headers end and where it ends, in the file. */
    private final long[] places;
    private final int count;
    /** The messages with a line quoted as "&gt;From ": they are copied into memory to be given their words back. */
    private final java.util.BitSet quoted;
    /** The list, made the first time it is asked for: checking every message in turn does not need it. */
    private List<Entry> entries;

    private Mailbox(Source source, long[] places, int count, java.util.BitSet quoted) {
        this.source = source;
        this.places = places;
        this.count = count;
        this.quoted = quoted;
    }

    /** Whether these bytes are an mbox file (named .mbox, or starting with a "From " line with a date). */
    static boolean looksLikeMbox(byte[] b, String name) {
        if (b.length < 5 || b[0] != 'F' || b[1] != 'r' || b[2] != 'o' || b[3] != 'm' || b[4] != ' ') {
            return false;
        }
        String lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".mbox") || lower.endsWith(".mbx") || lower.endsWith(".mbs")) {
            return true;
        }
        int eol = 0;
        while (eol < b.length && eol < 1000 && b[eol] != '\n') {
            eol++;
        }
        return FROM_LINE.matcher(new String(b, 0, eol, StandardCharsets.ISO_8859_1)).matches();
    }

    /** A mailbox whose bytes are all in memory (standard input, or a file already read). */
    static Mailbox of(byte[] b) throws IntakeException {
        try {
            return find(new BytesSource(b), CHUNK);
        } catch (IOException e) {
            throw new IntakeException(IntakeError.UNREADABLE, String.valueOf(e.getMessage()), e);
        }
    }

    /** A mailbox file of any size, read from start to end once to find its messages. */
    static Mailbox of(Path file) throws IntakeException {
        return of(file, CHUNK);
    }

    /** As {@link #of(Path)}, reading {@code chunk} bytes at a time (tests use small pieces). */
    static Mailbox of(Path file, int chunk) throws IntakeException {
        FileSource source = new FileSource(file);
        try {
            return find(source, chunk);
        } catch (NoSuchFileException e) {
            throw new IntakeException(IntakeError.NOT_FOUND, file.toString(), e);
        } catch (java.nio.channels.ClosedByInterruptException e) {
            throw new IntakeException(IntakeError.TOO_SLOW, "stopped while finding the messages", e);
        } catch (IOException | SecurityException e) {
            throw new IntakeException(IntakeError.UNREADABLE, file.toString(), e);
        } finally {
            source.done();
        }
    }

    /**
     * Finds the messages: a line starting "From " after a blank line (or first in the file) starts one; the
     * blank line before it belongs to neither. Messages with nothing but white space are left out. Stops
     * with {@link IntakeError#TOO_SLOW} when the thread is interrupted (the window's Back, or time up).
     */
    private static Mailbox find(Source source, int chunk) throws IOException, IntakeException {
        Finder f = new Finder();
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(chunk, Math.max(1, source.size())));
        long pos = 0;
        while (true) {
            buf.clear();
            int n = source.next(pos, buf);
            if (n < 0) {
                break;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IntakeException(IntakeError.TOO_SLOW, "stopped while finding the messages");
            }
            f.scan(buf.array(), n, pos);
            pos += n;
        }
        f.end(pos);
        if (f.count == 0) {
            throw new IntakeException(IntakeError.EMPTY, "a mailbox with no messages");
        }
        return new Mailbox(source, Arrays.copyOf(f.places, f.count * 3), f.count, f.quoted);
    }

    /** The line-by-line reading of {@link #find}, fed a piece of the file at a time. */
    private static final class Finder {
        long[] places = new long[3 * 64];
        int count;
        /** Where the current message starts (after its "From " line), or -1 before the first. */
        long start = -1;
        long headerEnd = -1;
        /** Whether the current message has anything but white space so far. */
        boolean content;
        long lineStart;
        long previousLineStart = -1;
        long lineLength;
        byte firstByte;
        boolean lineHasContent;
        boolean startsWithFrom = true;
        boolean previousBlank = true;
        /** The line so far is one or more '&gt;' and then the start of "From ": how many '&gt;' and letters. */
        int quotes;
        int quotedLetters;
        boolean quoteFailed;
        /** Whether the current message has a line quoted as "&gt;From ". */
        boolean hasQuoted;
        final java.util.BitSet quoted = new java.util.BitSet();

        void scan(byte[] b, int n, long offset) throws IntakeException {
            for (int i = 0; i < n; i++) {
                byte c = b[i];
                if (c == '\n') {
                    endOfLine(offset + i);
                    continue;
                }
                if (lineLength < 5) {
                    if (c != FROM[(int) lineLength]) {
                        startsWithFrom = false;
                    }
                    if (lineLength == 0) {
                        firstByte = c;
                    }
                }
                if (c != ' ' && c != '\r' && c != '\t') {
                    lineHasContent = true;
                }
                if (!quoteFailed) {
                    if (c == '>' && quotedLetters == 0) {
                        quotes++;
                    } else if (quotes > 0 && c == FROM[quotedLetters]) {
                        if (++quotedLetters == 5) {
                            hasQuoted = true;
                            quoteFailed = true; // found: nothing more to see on this line
                        }
                    } else {
                        quoteFailed = true;
                    }
                }
                lineLength++;
            }
        }

        private boolean fromLine() {
            return previousBlank && startsWithFrom && lineLength >= 5;
        }

        /** The line from {@code lineStart} ends with the newline at {@code at}. */
        private void endOfLine(long at) throws IntakeException {
            boolean blank = lineLength == 0 || lineLength == 1 && firstByte == '\r';
            if (fromLine()) {
                close(lineStart);
                start = at + 1;
                headerEnd = -1;
                content = false;
                hasQuoted = false;
            } else if (start >= 0) {
                content |= lineHasContent;
                if (blank && headerEnd < 0) {
                    headerEnd = at + 1;
                }
            }
            previousBlank = blank;
            previousLineStart = lineStart;
            lineStart = at + 1;
            lineLength = 0;
            lineHasContent = false;
            startsWithFrom = true;
            quotes = 0;
            quotedLetters = 0;
            quoteFailed = false;
        }

        /** The file ends at {@code size}, perhaps in the middle of a line. */
        void end(long size) throws IntakeException {
            if (lineLength > 0) {
                if (fromLine()) {
                    close(lineStart);
                    start = -1;
                } else if (start >= 0) {
                    content |= lineHasContent;
                }
            }
            if (start >= 0 && content) {
                add(start, headerEnd < 0 ? size : Math.min(headerEnd, size), size);
            }
        }

        /** The message before a "From " line at {@code fromLine} ends there, without the blank line before. */
        private void close(long fromLine) throws IntakeException {
            if (start < 0 || !content) {
                return;
            }
            long end = previousLineStart > start ? previousLineStart : fromLine;
            add(start, headerEnd < 0 ? end : Math.min(headerEnd, end), end);
        }

        private void add(long from, long headers, long to) throws IntakeException {
            if (count >= MAX_MESSAGES) {
                throw new IntakeException(IntakeError.TOO_LARGE, "more than " + MAX_MESSAGES + " messages");
            }
            if (places.length < (count + 1) * 3) {
                places = Arrays.copyOf(places, places.length * 2);
            }
            places[count * 3] = from;
            places[count * 3 + 1] = headers;
            places[count * 3 + 2] = to;
            if (hasQuoted) {
                quoted.set(count);
            }
            count++;
        }
    }

    public int size() {
        return count;
    }

    /**
     * The list of the messages: date, sender and subject of each, read from their headers alone (never a
     * body). Made once, the first time it is asked for; it reads a little of the file for each message.
     */
    public synchronized List<Entry> entries() {
        if (entries == null) {
            List<Entry> list = new ArrayList<>(count);
            try {
                if (source instanceof FileSource file) {
                    file.size(); // opens the file until done()
                }
                for (int i = 0; i < count; i++) {
                    list.add(entry(i));
                }
            } catch (IOException | SecurityException e) {
                // the file cannot be opened any more: the messages are listed without their words
                while (list.size() < count) {
                    list.add(new Entry(list.size() + 1, "", "", ""));
                }
            } finally {
                if (source instanceof FileSource file) {
                    file.done();
                }
            }
            entries = List.copyOf(list);
        }
        return entries;
    }

    /** The size of message {@code number} (from 1) in the file, in bytes. */
    public long messageSize(int number) {
        check(number);
        return places[(number - 1) * 3 + 2] - places[(number - 1) * 3];
    }

    /**
     * Reads message {@code number} (from 1) as a reader's mail program would show it. A message larger than
     * {@link Limits#maxBytes()} is refused as {@link IntakeError#TOO_LARGE}; the others can still be read.
     */
    public Email message(int number) throws IntakeException {
        check(number);
        return Intake.guardedRead(budget -> parse(number, budget).build(SourceKind.EML));
    }

    /** The first message, with a note saying how many the file holds when there are more. */
    Email first(Budget budget) throws IntakeException {
        Parsed p = parse(1, budget);
        if (size() > 1) {
            p.note(Text.of("intake.note.mailbox-first", size()));
        }
        return p.build(SourceKind.EML);
    }

    /**
     * Reads one message: a large one straight from the file, a piece at a time as the parser asks, so its
     * size costs no memory; a small one is copied into memory first. "&gt;From " lines are unquoted.
     */
    private Parsed parse(int number, Budget budget) throws IntakeException {
        long from = places[(number - 1) * 3];
        long to = places[(number - 1) * 3 + 2];
        if (source instanceof FileSource file && to - from > READ_IN_PLACE && to - from <= Limits.STANDARD.maxBytes()) {
            try {
                Parsed p = file.parse(from, to, quoted.get(number - 1), budget);
                if (p != null) {
                    return p;
                }
            } catch (IOException | SecurityException e) {
                throw new IntakeException(IntakeError.UNREADABLE, String.valueOf(e.getMessage()), e);
            }
        }
        return MimeReader.parse(inMemory(number), SourceKind.EML, Limits.STANDARD, budget);
    }

    private void check(int number) {
        if (number < 1 || number > count) {
            throw new IllegalArgumentException("no message " + number + " in a mailbox of " + count);
        }
    }

    /** The bytes of one message, read from the file, with "&gt;From " lines unquoted (for tests). */
    byte[] messageBytes(int number) throws IntakeException {
        Bytes b = inMemory(number);
        try {
            return b.copy(0, (int) b.length());
        } catch (IOException e) {
            throw new IntakeException(IntakeError.UNREADABLE, String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * One message copied into memory, "&gt;From " lines unquoted in the same array: one array the size of
     * the message, never a second.
     */
    private Bytes inMemory(int number) throws IntakeException {
        long from = places[(number - 1) * 3];
        long to = places[(number - 1) * 3 + 2];
        if (to - from > Limits.STANDARD.maxBytes()) {
            throw new IntakeException(IntakeError.TOO_LARGE, "message " + number + ": " + (to - from) + " bytes");
        }
        byte[] b = read(from, (int) (to - from));
        return Bytes.of(b, unquote(b));
    }

    private byte[] read(long from, int length) throws IntakeException {
        byte[] b = new byte[length];
        try {
            source.read(from, b, 0, length);
        } catch (IOException | SecurityException e) {
            throw new IntakeException(IntakeError.UNREADABLE, String.valueOf(e.getMessage()), e);
        }
        return b;
    }

    /**
     * Takes one '&gt;' off each line that is "From " quoted with one or more, in place; gives the length of
     * what is left.
     */
    private static int unquote(byte[] b) {
        int w = 0;
        int pos = 0;
        while (pos < b.length) {
            int eol = pos;
            while (eol < b.length && b[eol] != '\n') {
                eol++;
            }
            int q = pos;
            while (q < eol && b[q] == '>') {
                q++;
            }
            boolean quotedFrom = q > pos && eol - q >= 5 && b[q] == 'F' && b[q + 1] == 'r'
                    && b[q + 2] == 'o' && b[q + 3] == 'm' && b[q + 4] == ' ';
            int from = quotedFrom ? pos + 1 : pos;
            int len = Math.min(b.length, eol + 1) - from;
            System.arraycopy(b, from, b, w, len);
            w += len;
            pos = eol + 1;
        }
        return w;
    }

    private Entry entry(int i) {
        int number = i + 1;
        long from = places[i * 3];
        long headers = Math.min(places[i * 3 + 1], from + MAX_LISTED_HEADER);
        try {
            byte[] head = MimeReader.headersAsUtf8(read(from, (int) (headers - from)));
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(head), true);
            return new Entry(number, shown(h, "Date"), shown(h, "From"), shown(h, "Subject"));
        } catch (IntakeException | MessagingException | RuntimeException e) {
            return new Entry(number, "", "", "");
        }
    }

    private static String shown(InternetHeaders h, String name) {
        String[] v = h.getHeader(name);
        return v == null || v.length == 0 || v[0] == null ? "" : MimeReader.shownValue(name, v[0]);
    }
}
