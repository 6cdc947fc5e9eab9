package io.scamcheck.intake;

import io.scamcheck.i18n.Text;
import io.scamcheck.model.Email;
import io.scamcheck.model.SourceKind;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An mbox file: many messages one after the other, each starting with a "From " line. Lists them (date,
 * sender, subject) without reading their bodies, and reads the one chosen. Lines quoted as "&gt;From " in
 * the bodies are given back their words.
 */
public final class Mailbox {
    /** More messages than this are not listed; the file is refused as too large. */
    public static final int MAX_MESSAGES = 20_000;

    /** The "From " line that starts a message: a sender (or "-") and, in real files, a time and a year. */
    private static final Pattern FROM_LINE = Pattern.compile("^From \\S+.*\\d\\d:\\d\\d.*\\d{4}\\s*$");

    /** One message of the file, as a list shows it. {@code number} counts from 1. */
    public record Entry(int number, String date, String sender, String subject) {
    }

    private final byte[] bytes;
    private final List<int[]> ranges;
    /** The list, made the first time it is asked for: checking every message in turn does not need it. */
    private List<Entry> entries;

    private Mailbox(byte[] bytes, List<int[]> ranges) {
        this.bytes = bytes;
        this.ranges = ranges;
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

    static Mailbox of(byte[] b) throws IntakeException {
        List<int[]> ranges = new ArrayList<>();
        int start = -1;
        int pos = 0;
        boolean previousBlank = true;
        while (pos < b.length) {
            int eol = pos;
            while (eol < b.length && b[eol] != '\n') {
                eol++;
            }
            boolean fromLine = previousBlank && eol - pos >= 5 && b[pos] == 'F' && b[pos + 1] == 'r'
                    && b[pos + 2] == 'o' && b[pos + 3] == 'm' && b[pos + 4] == ' ';
            if (fromLine) {
                if (start >= 0) {
                    ranges.add(new int[] {start, withoutSeparator(b, start, pos)});
                }
                if (ranges.size() >= MAX_MESSAGES) {
                    throw new IntakeException(IntakeError.TOO_LARGE, "more than " + MAX_MESSAGES + " messages");
                }
                start = Math.min(b.length, eol + 1);
            }
            int len = eol - pos;
            previousBlank = len == 0 || len == 1 && b[pos] == '\r';
            pos = eol + 1;
        }
        if (start >= 0) {
            ranges.add(new int[] {start, b.length});
        }
        ranges.removeIf(r -> isBlank(b, r[0], r[1]));
        if (ranges.isEmpty()) {
            throw new IntakeException(IntakeError.EMPTY, "a mailbox with no messages");
        }
        return new Mailbox(b, ranges);
    }

    /** The blank line before a "From " line separates messages; it is not part of the one before. */
    private static int withoutSeparator(byte[] b, int start, int end) {
        int e = end;
        if (e - 1 > start && b[e - 1] == '\n') {
            int before = e - 1;
            if (before > start && b[before - 1] == '\r') {
                before--;
            }
            if (before > start && b[before - 1] == '\n') {
                return before;
            }
        }
        return e;
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\r' && b[i] != '\n' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return ranges.size();
    }

    public synchronized List<Entry> entries() {
        if (entries == null) {
            List<Entry> list = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                list.add(entry(i + 1, ranges.get(i)));
            }
            entries = List.copyOf(list);
        }
        return entries;
    }

    /** Reads message {@code number} (from 1) as a reader's mail program would show it. */
    public Email message(int number) throws IntakeException {
        if (number < 1 || number > ranges.size()) {
            throw new IllegalArgumentException("no message " + number + " in a mailbox of " + ranges.size());
        }
        byte[] raw = messageBytes(number);
        return Intake.guardedRead(budget -> MimeReader.read(raw, SourceKind.EML, Limits.STANDARD, budget));
    }

    /** The first message, with a note saying how many the file holds when there are more. */
    Email first(Budget budget) throws IntakeException {
        byte[] raw = messageBytes(1);
        Parsed p = MimeReader.parse(raw, SourceKind.EML, Limits.STANDARD, budget);
        if (size() > 1) {
            p.note(Text.of("intake.note.mailbox-first", size()));
        }
        return p.build(SourceKind.EML);
    }

    /** The bytes of one message, with "&gt;From " lines unquoted. */
    byte[] messageBytes(int number) {
        int[] r = ranges.get(number - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(r[1] - r[0]);
        int pos = r[0];
        while (pos < r[1]) {
            int eol = pos;
            while (eol < r[1] && bytes[eol] != '\n') {
                eol++;
            }
            int q = pos;
            while (q < eol && bytes[q] == '>') {
                q++;
            }
            boolean quotedFrom = q > pos && eol - q >= 5 && bytes[q] == 'F' && bytes[q + 1] == 'r'
                    && bytes[q + 2] == 'o' && bytes[q + 3] == 'm' && bytes[q + 4] == ' ';
            int from = quotedFrom ? pos + 1 : pos;
            out.write(bytes, from, Math.min(r[1], eol + 1) - from);
            pos = eol + 1;
        }
        return out.toByteArray();
    }

    private Entry entry(int number, int[] r) {
        int end = r[0];
        // the headers end at the first blank line
        int lineStart = r[0];
        while (end < r[1]) {
            if (bytes[end] == '\n') {
                int len = end - lineStart;
                if (len == 0 || len == 1 && bytes[lineStart] == '\r') {
                    break;
                }
                lineStart = end + 1;
            }
            end++;
        }
        try {
            byte[] head = MimeReader.headersAsUtf8(java.util.Arrays.copyOfRange(bytes, r[0], Math.min(end + 1, r[1])));
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(head), true);
            return new Entry(number, shown(h, "Date"), shown(h, "From"), shown(h, "Subject"));
        } catch (MessagingException | RuntimeException e) {
            return new Entry(number, "", "", "");
        }
    }

    private static String shown(InternetHeaders h, String name) {
        String[] v = h.getHeader(name);
        return v == null || v.length == 0 || v[0] == null ? "" : MimeReader.shownValue(name, v[0]);
    }
}
