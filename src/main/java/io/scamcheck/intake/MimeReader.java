package io.scamcheck.intake;

import io.scamcheck.i18n.Text;
import io.scamcheck.model.Attachment;
import io.scamcheck.model.Email;
import io.scamcheck.model.Forwarded;
import io.scamcheck.model.Header;
import io.scamcheck.model.Link;
import io.scamcheck.model.SourceKind;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.util.SharedByteArrayInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MIME message (an .eml file or a pasted source) read with Jakarta Mail: headers decoded, the body as a
 * reader sees it (the HTML alternative turned into text when there is one), attachments listed, never opened.
 * A message forwarded as an attachment (message/rfc822) becomes the message checked, with a note saying so.
 * Broken structure is read as far as it goes: a multipart whose boundary is missing or wrong is split on the
 * boundary lines actually found, and a part that cannot be decoded keeps its raw text.
 */
final class MimeReader {
    /** Text parts a mail program offers as files rather than showing them. */
    private static final Set<String> FILE_LIKE_TEXT = Set.of("text/calendar", "text/vcard", "text/x-vcard",
            "text/directory", "text/csv", "text/xml", "text/rfc822-headers", "text/x-vcalendar");
    private static final Pattern BOUNDARY_LINE = Pattern.compile("(?m)^--([^\\s-][^\\r\\n]{0,69}?|-[^\\r\\n]{1,69}?)\\r?$");
    private static final Session SESSION = Session.getInstance(lenientProperties());

    private final Limits limits;
    private final Budget budget;
    private final boolean pasted;
    private int parts;

    private MimeReader(Limits limits, Budget budget, boolean pasted) {
        this.limits = limits;
        this.budget = budget;
        this.pasted = pasted;
    }

    private static Properties lenientProperties() {
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.decodetext.strict", "false");
        p.setProperty("mail.mime.ignoreunknownencoding", "true");
        p.setProperty("mail.mime.base64.ignoreerrors", "true");
        p.setProperty("mail.mime.uudecode.ignoreerrors", "true");
        p.setProperty("mail.mime.uudecode.ignoremissingbeginend", "true");
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        p.setProperty("mail.mime.multipart.allowempty", "true");
        p.setProperty("mail.mime.parameters.strict", "false");
        p.setProperty("mail.mime.allowutf8", "true");
        return p;
    }

    static Email read(byte[] bytes, SourceKind kind) throws IntakeException {
        return read(bytes, kind, Limits.STANDARD, new Budget(Limits.STANDARD));
    }

    static Email read(byte[] bytes, SourceKind kind, Limits limits, Budget budget) throws IntakeException {
        return parse(bytes, kind, limits, budget).build(kind);
    }

    static Parsed parse(byte[] source, SourceKind kind, Limits limits, Budget budget) throws IntakeException {
        return parse(Bytes.of(source), kind, limits, budget);
    }

    /**
     * Reads a message from bytes in memory or from a piece of a file. From a file, the parts are read by
     * position as the parser gets to them: nothing is copied whole, so an attachment costs no memory.
     */
    static Parsed parse(Bytes source, SourceKind kind, Limits limits, Budget budget) throws IntakeException {
        Bytes bytes;
        try {
            checkLineLengths(source, limits);
            bytes = headersAsUtf8(withoutEnvelopeLine(source));
        } catch (IOException e) {
            throw new IntakeException(IntakeError.UNREADABLE, String.valueOf(e.getMessage()), e);
        }
        MimeMessage msg;
        try {
            msg = new MimeMessage(SESSION, streamOf(bytes));
        } catch (MessagingException | RuntimeException e) {
            throw new IntakeException(IntakeError.BROKEN_MESSAGE, String.valueOf(e.getMessage()), e);
        }
        MimeReader r = new MimeReader(limits, budget, kind == SourceKind.PASTED_SOURCE);
        Parsed p = r.message(msg, 0, bytes);
        truncate(p, limits);
        return p;
    }

    /** A stream the message's parts share: over the array itself when the bytes are in memory. */
    private static InputStream streamOf(Bytes bytes) {
        Bytes.ArrayPiece a = bytes.arrayPiece();
        return a != null ? new SharedByteArrayInputStream(a.array(), a.offset(), a.length()) : bytes.stream();
    }

    /**
     * Headers with raw 8-bit text (not allowed, but common) are read as UTF-8 by the parser; when they are not
     * UTF-8 (Latin-1 or Windows-1252 from old or careless senders) they are rewritten as UTF-8 first, so
     * their letters are kept.
     */
    static byte[] headersAsUtf8(byte[] b) {
        try {
            Bytes out = headersAsUtf8(Bytes.of(b));
            Bytes.ArrayPiece a = out.arrayPiece();
            return a != null && a.array() == b ? b : out.copy(0, (int) out.length());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // bytes in memory cannot fail to be read
        }
    }

    private static Bytes headersAsUtf8(Bytes b) throws IOException {
        long end = 0;
        boolean eightBit = false;
        long lineStart = 0;
        byte[] buf = new byte[8192];
        int previous = -1;
        search:
        for (long at = 0; ; ) {
            int n = b.read(at, buf, 0, buf.length);
            if (n < 0) {
                end = at;
                break;
            }
            for (int i = 0; i < n; i++) {
                byte c = buf[i];
                long here = at + i;
                if (c < 0) {
                    eightBit = true;
                } else if (c == '\n') {
                    long len = here - lineStart;
                    if (len == 0 || len == 1 && previous == '\r') {
                        end = here;
                        break search;
                    }
                    lineStart = here + 1;
                }
                previous = c;
            }
            at += n;
        }
        if (!eightBit) {
            return b;
        }
        byte[] head = b.copy(0, (int) end);
        String text = Charsets.decodeText(head);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (java.util.Arrays.equals(utf8, head)) {
            return b;
        }
        return Bytes.join(Bytes.of(utf8), b.from(end));
    }

    /** A message saved with an mbox "From sender date" line first: that line is not a header. */
    private static Bytes withoutEnvelopeLine(Bytes b) throws IOException {
        byte[] first = b.copy(0, 5);
        if (first.length < 5 || first[0] != 'F' || first[1] != 'r' || first[2] != 'o' || first[3] != 'm'
                || first[4] != ' ') {
            return b;
        }
        byte[] buf = new byte[8192];
        for (long at = 0; ; ) {
            int n = b.read(at, buf, 0, buf.length);
            if (n < 0) {
                return b.from(b.length());
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    return b.from(at + i + 1);
                }
            }
            at += n;
        }
    }

    private static void checkLineLengths(Bytes bytes, Limits limits) throws IntakeException, IOException {
        Bytes.ArrayPiece a = bytes.arrayPiece();
        if (a != null) {
            lineRun(a.array(), a.offset(), a.offset() + a.length(), 0, limits);
            return;
        }
        int run = 0;
        byte[] buf = new byte[65536];
        for (long at = 0; ; ) {
            int n = bytes.read(at, buf, 0, buf.length);
            if (n < 0) {
                return;
            }
            run = lineRun(buf, 0, n, run, limits);
            at += n;
        }
    }

    /** The length of the line at {@code to}, given its length {@code run} at {@code from}; refuses one too long. */
    private static int lineRun(byte[] b, int from, int to, int run, Limits limits) throws IntakeException {
        int r = run;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '\n' || c == '\r') {
                r = 0;
            } else if (++r > limits.maxLineChars()) {
                throw new IntakeException(IntakeError.LINE_TOO_LONG, "a line longer than " + limits.maxLineChars()
                        + " characters");
            }
        }
        return r;
    }

    private static void truncate(Parsed p, Limits limits) {
        if (p.body.text.length() > limits.maxTextChars()) {
            Body cut = new Body();
            String kept = p.body.text.substring(0, limits.maxTextChars());
            cut.append(kept, p.body.links.stream().filter(l -> l.span().end() <= kept.length()).toList(),
                    p.body.hidden.stream().filter(h -> h.at().end() <= kept.length()).toList());
            p.body = cut;
            p.note(Text.of("intake.note.truncated", limits.maxTextChars()));
        }
    }

    /** One message: its headers, body and attachments; or, when it forwards a message, that message. */
    private Parsed message(MimeMessage msg, int depth, Bytes raw) throws IntakeException {
        Parsed p = new Parsed();
        p.headers.addAll(headers(msg));
        for (String name : Parsed.VISIBLE_HEADERS) {
            rawHeader(msg, name).ifPresent(v -> p.shown.put(name, shownValue(name, v)));
        }
        Walk w = new Walk(p);
        try {
            part(msg, depth, w, false);
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof Budget.TimeUp up) {
                throw up;
            }
            p.note(Text.of("intake.note.damaged"));
            if (p.body.isEmpty()) {
                keepRawBody(msg, raw, p);
            }
        }
        if (w.forwardPart != null && !w.sawReport && !isAutomatic(p)) {
            Parsed original = original(w.forwardPart, depth);
            if (original != null) {
                if (original.forwarded == null) {
                    original.forwarded = new Forwarded(Forwarded.How.ATTACHED, p.shownOrEmpty("From"),
                            p.shownOrEmpty("Subject"), p.body.text.toString().strip());
                }
                String by = p.shownOrEmpty("From");
                original.note(by.isEmpty() ? Text.of("intake.note.forwarded")
                        : Text.of("intake.note.forwarded-by", by));
                return original;
            }
            attachment(w.forwardPart, baseType(w.forwardPart), p);
        } else if (w.forwardPart != null) {
            attachment(w.forwardPart, baseType(w.forwardPart), p);
        }
        return p;
    }

    /**
     * A message written by a machine about another message (a bounce, an abuse report, a read receipt): the
     * message inside is not a forward for the reader to check.
     */
    private static boolean isAutomatic(Parsed p) {
        String from = p.headers.stream().filter(h -> h.name().equalsIgnoreCase("From")).map(Header::value)
                .findFirst().orElse("");
        String addr = io.scamcheck.model.Addresses.parse(from).stream().findFirst()
                .map(a -> a.localPart().toLowerCase(Locale.ROOT)).orElse("");
        if (addr.isEmpty() || addr.equals("<>") || addr.contains("mailer-daemon") || addr.contains("mailerdaemon")
                || addr.contains("postmaster") || addr.equals("mail-daemon")) {
            return true;
        }
        return p.headers.stream().anyMatch(h -> h.name().equalsIgnoreCase("X-Failed-Recipients")
                || h.name().equalsIgnoreCase("Auto-Submitted") && !h.value().strip().equalsIgnoreCase("no"));
    }

    /** The text after the headers, when the structure could not be read at all. */
    private void keepRawBody(MimeMessage msg, Bytes raw, Parsed p) {
        String body = null;
        try (InputStream in = msg.getRawInputStream()) {
            body = Charsets.decodeText(readCapped(in));
        } catch (MessagingException | IOException | RuntimeException e) {
            byte[] all8 = null;
            try {
                all8 = raw == null ? null : raw.copy(0, (int) Math.min(raw.length(), limits.maxBytes()));
            } catch (IOException | RuntimeException unreadable) {
                // the file cannot be read again: no text is kept
            }
            if (all8 != null) {
                String all = Charsets.decodeText(all8).replace("\r\n", "\n");
                int split = all.indexOf("\n\n");
                body = split < 0 ? "" : all.substring(split + 2);
            }
        }
        if (body != null) {
            String clean = PlainText.clean(body);
            p.body.append(clean, PlainText.links(clean), List.of());
        }
    }

    /** The message inside a forwarded part: a message/rfc822 part, an attached .eml file or Outlook item. */
    private Parsed original(Part p, int depth) throws IntakeException {
        if (isOutlookItem(p)) {
            byte[] bytes;
            try (InputStream in = p.getInputStream()) {
                bytes = readCapped(in);
            } catch (MessagingException | IOException | RuntimeException e) {
                if (e instanceof Budget.TimeUp up) {
                    throw up;
                }
                return null;
            }
            if (!FileSniffer.isOle(bytes)) {
                return null;
            }
            try {
                return MsgReader.parse(bytes, "forwarded.msg", limits, budget);
            } catch (IntakeException e) {
                if (e.error() == IntakeError.TOO_DEEP || e.error() == IntakeError.TOO_MANY_PARTS) {
                    throw e;
                }
                return null;
            }
        }
        Optional<MimeMessage> inner = innerMessage(p);
        return inner.isPresent() ? message(inner.get(), depth + 1, null) : null;
    }

    private static String fileName(Part p) {
        try {
            String n = p.getFileName();
            return n == null ? "" : decodeHeader(n).toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    /** An attached message file: .eml (any type, often application/octet-stream) or an Outlook item. */
    private static boolean isMessageFile(Part p, String type) {
        return fileName(p).endsWith(".eml") || isOutlookItem(p) && !type.startsWith("multipart/");
    }

    private static boolean isOutlookItem(Part p) {
        String type = baseType(p);
        return fileName(p).endsWith(".msg") || type.equals("application/vnd.ms-outlook");
    }

    private static Optional<MimeMessage> innerMessage(Part p) {
        try {
            Object content = p.getContent();
            if (content instanceof MimeMessage m) {
                return Optional.of(m);
            }
            if (content instanceof InputStream in) {
                try (in) {
                    return Optional.of(new MimeMessage(SESSION, new SharedByteArrayInputStream(in.readAllBytes())));
                }
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            // not readable as a message: it is listed as an attachment instead
        }
        return Optional.empty();
    }

    /** State while walking one message's parts. */
    private static final class Walk {
        final Parsed out;
        Part forwardPart;
        boolean sawReport;

        Walk(Parsed out) {
            this.out = out;
        }
    }

    private static List<Header> headers(Part msg) {
        List<Header> out = new ArrayList<>();
        try {
            Enumeration<jakarta.mail.Header> all = msg.getAllHeaders();
            while (all.hasMoreElements()) {
                jakarta.mail.Header h = all.nextElement();
                String name = h.getName();
                String value = HeaderValues.isAddressHeader(name) ? HeaderValues.decodeAddresses(h.getValue())
                        : decodeHeader(h.getValue());
                out.add(new Header(name, value));
            }
        } catch (MessagingException | RuntimeException e) {
            // Headers that cannot be read are left out; the body is still checked.
        }
        return out;
    }

    /** The first raw (undecoded, folded) value of a header, when the message has it and it is not blank. */
    private static Optional<String> rawHeader(Part msg, String name) {
        try {
            String[] values = msg.getHeader(name);
            if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
                return Optional.empty();
            }
            return Optional.of(values[0]);
        } catch (MessagingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A header's value as a mail program shows it: addresses without quotes, words decoded, one line. */
    static String shownValue(String name, String raw) {
        if (HeaderValues.isAddressHeader(name)) {
            return HeaderValues.showAddresses(raw);
        }
        return HeaderValues.SPACE_RUNS.matcher(decodeHeader(raw)).replaceAll(" ");
    }

    static String decodeHeader(String raw) {
        if (raw == null) {
            return "";
        }
        return EncodedWords.decode(HeaderValues.unfold(raw)).strip();
    }

    private void part(Part p, int depth, Walk w, boolean inReport)
            throws MessagingException, IOException, IntakeException {
        budget.checkNow();
        if (depth > limits.maxDepth()) {
            throw new IntakeException(IntakeError.TOO_DEEP, "more than " + limits.maxDepth() + " levels");
        }
        if (++parts > limits.maxParts()) {
            throw new IntakeException(IntakeError.TOO_MANY_PARTS, "more than " + limits.maxParts() + " parts");
        }
        String type = baseType(p);
        if (type.startsWith("multipart/")) {
            Multipart mp = multipart(p);
            if (mp == null) {
                text(p, "text/plain", w.out);
                return;
            }
            if (type.equals("multipart/alternative")) {
                BodyPart best = bestAlternative(mp);
                if (best != null) {
                    part(best, depth + 1, w, inReport);
                }
                return;
            }
            boolean report = inReport || type.equals("multipart/report") || type.equals("multipart/digest");
            for (int i = 0; i < mp.getCount(); i++) {
                part(mp.getBodyPart(i), depth + 1, w, report);
            }
            return;
        }
        if (type.equals("message/delivery-status") || type.equals("message/feedback-report")
                || type.equals("message/disposition-notification") || type.equals("text/rfc822-headers")
                || type.equals("message/global-delivery-status")) {
            w.sawReport = true;
        }
        if (type.equals("message/rfc822") || type.equals("message/global") || depth > 0 && isMessageFile(p, type)) {
            if (!inReport && w.forwardPart == null) {
                w.forwardPart = p;
            } else {
                attachment(p, type, w.out);
            }
            return;
        }
        if (depth > 0 && isAttachment(p, type)) {
            attachment(p, type, w.out);
            return;
        }
        if (type.startsWith("text/") && !FILE_LIKE_TEXT.contains(type) || type.isEmpty()) {
            text(p, type, w.out);
            return;
        }
        attachment(p, type, w.out);
    }

    /**
     * The parts of a multipart. When its boundary is missing or does not match the text, the boundary lines
     * actually there are used; null when none can be found.
     */
    private Multipart multipart(Part p) {
        try {
            Object content = p.getContent();
            if (content instanceof Multipart mp && mp.getCount() > 0) {
                return mp;
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof Budget.TimeUp up) {
                throw up;
            }
        }
        byte[] raw;
        try (InputStream in = rawStream(p)) {
            raw = readCapped(in);
        } catch (MessagingException | IOException | RuntimeException e) {
            return null;
        }
        String boundary = guessBoundary(raw);
        if (boundary == null) {
            return null;
        }
        try {
            MimeMultipart mm = new MimeMultipart(new ByteArrayDataSource(raw,
                    "multipart/mixed; boundary=\"" + boundary.replace("\"", "") + "\""));
            return mm.getCount() > 0 ? mm : null;
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static InputStream rawStream(Part p) throws MessagingException {
        if (p instanceof MimeMessage m) {
            return m.getRawInputStream();
        }
        if (p instanceof jakarta.mail.internet.MimeBodyPart b) {
            return b.getRawInputStream();
        }
        try {
            return p.getInputStream();
        } catch (IOException e) {
            throw new MessagingException("unreadable part", e);
        }
    }

    /** The "--boundary" line that appears most often (at least twice, or once before part headers). */
    static String guessBoundary(byte[] raw) {
        String text = new String(raw, 0, Math.min(raw.length, 4 << 20), StandardCharsets.ISO_8859_1);
        Matcher m = BOUNDARY_LINE.matcher(text);
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        int seen = 0;
        while (m.find() && seen++ < 10_000) {
            String b = m.group(1).strip();
            if (b.endsWith("--")) {
                b = b.substring(0, b.length() - 2);
            }
            if (b.isEmpty()) {
                continue;
            }
            int c = counts.merge(b, 1, Integer::sum);
            if (c > bestCount) {
                best = b;
                bestCount = c;
            }
        }
        if (best == null) {
            return null;
        }
        if (bestCount >= 2) {
            return best;
        }
        // Once only: accept it when part headers follow it.
        int at = text.indexOf("--" + best);
        String after = text.substring(at, Math.min(text.length(), at + best.length() + 300)).toLowerCase(Locale.ROOT);
        return after.contains("content-type:") ? best : null;
    }

    /** What a mail program shows of an alternative: the HTML when there is one, else the plain text. */
    private static BodyPart bestAlternative(Multipart mp) throws MessagingException {
        BodyPart html = null;
        BodyPart plain = null;
        BodyPart nested = null;
        BodyPart other = null;
        for (int i = 0; i < mp.getCount(); i++) {
            BodyPart bp = mp.getBodyPart(i);
            String t = baseType(bp);
            if (t.equals("text/html")) {
                html = bp; // the last alternative is the richest one (RFC 2046)
            } else if (t.equals("text/plain") && plain == null) {
                plain = bp;
            } else if (t.startsWith("multipart/")) {
                nested = bp;
            } else if (other == null && t.startsWith("text/")) {
                other = bp;
            }
        }
        if (nested != null && (html == null || indexOf(mp, nested) > indexOf(mp, html))) {
            return nested; // multipart/related holding the HTML and its pictures
        }
        if (html != null) {
            return html;
        }
        return plain != null ? plain : other;
    }

    private static int indexOf(Multipart mp, BodyPart bp) throws MessagingException {
        for (int i = 0; i < mp.getCount(); i++) {
            if (mp.getBodyPart(i) == bp) {
                return i;
            }
        }
        return -1;
    }

    private void text(Part p, String type, Parsed out) throws MessagingException, IOException {
        String content = readText(p);
        out.body.separate();
        boolean html = type.equals("text/html")
                || (type.isEmpty() || type.equals("text/plain")) && looksLikeHtml(content);
        if (html) {
            HtmlText.Result r = HtmlText.convert(content, budget);
            out.body.append(r.text(), r.links(), r.hidden());
        } else {
            String clean = PlainText.clean(content);
            String format = parameter(p, "format");
            if ("flowed".equalsIgnoreCase(format)) {
                clean = PlainText.unflow(clean, "yes".equalsIgnoreCase(parameter(p, "delsp")));
            }
            List<Link> links = PlainText.links(clean);
            out.body.append(clean, links, List.of());
        }
    }

    private static String parameter(Part p, String name) {
        try {
            String ct = p.getContentType();
            return ct == null ? null : new ContentType(ct).getParameter(name);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** A text/plain part that is really an HTML page (scam mail mislabels parts on purpose). */
    static boolean looksLikeHtml(String content) {
        String head = content.substring(0, Math.min(content.length(), 512)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private String readText(Part p) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = p.getInputStream()) {
            bytes = readCapped(in);
        } catch (IOException | RuntimeException e) {
            if (e instanceof Budget.TimeUp up) {
                throw up;
            }
            // An encoding that cannot be undone: keep the raw text rather than nothing.
            try (InputStream in = rawStream(p)) {
                bytes = readCapped(in);
            }
        }
        if (pasted && !transferEncoded(p)) {
            // Pasted text was already text: its bytes here are UTF-8, whatever charset the headers name.
            return Charsets.decodeText(bytes);
        }
        return Charsets.decode(bytes, charset(p));
    }

    private byte[] readCapped(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long max = limits.maxBytes();
        int n;
        while ((n = in.read(buf)) > 0) {
            budget.checkNow();
            if (out.size() + (long) n > max) {
                break;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean transferEncoded(Part p) {
        try {
            String[] cte = p.getHeader("Content-Transfer-Encoding");
            if (cte == null || cte.length == 0 || cte[0] == null) {
                return false;
            }
            String e = cte[0].strip().toLowerCase(Locale.ROOT);
            return e.equals("base64") || e.equals("quoted-printable") || e.startsWith("x-uue") || e.equals("uuencode");
        } catch (MessagingException | RuntimeException e) {
            return false;
        }
    }

    private static Charset charset(Part p) {
        try {
            String ct = p.getContentType();
            if (ct == null) {
                return null;
            }
            String name = new ContentType(ct).getParameter("charset");
            if (name == null || name.isBlank()) {
                return null;
            }
            return EncodedWords.charsetOf(name.strip().replace("\"", ""));
        } catch (MessagingException | RuntimeException e) {
            return charsetLoosely(p);
        }
    }

    /** The charset named in a Content-Type that does not parse (stray quotes, missing semicolons). */
    private static Charset charsetLoosely(Part p) {
        try {
            Matcher m = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9_.:-]{1,40})").matcher(p.getContentType());
            return m.find() ? EncodedWords.charsetOf(m.group(1)) : null;
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    static String baseType(Part p) {
        String ct;
        try {
            ct = p.getContentType();
        } catch (MessagingException | RuntimeException e) {
            return "text/plain";
        }
        if (ct == null || ct.isBlank()) {
            return "text/plain";
        }
        try {
            return new ContentType(ct).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            int semi = ct.indexOf(';');
            String t = (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
            return t.matches("[a-z0-9.+-]+/[a-z0-9.+-]+") ? t : "text/plain";
        }
    }

    private static boolean isAttachment(Part p, String type) {
        try {
            String disp = p.getDisposition();
            if (disp != null && disp.equalsIgnoreCase(Part.ATTACHMENT)) {
                return true;
            }
            return p.getFileName() != null && !type.startsWith("text/");
        } catch (MessagingException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isInline(Part p) {
        try {
            String disp = p.getDisposition();
            if (disp != null) {
                return disp.equalsIgnoreCase(Part.INLINE);
            }
            return p instanceof MimePart mp && mp.getContentID() != null;
        } catch (MessagingException | RuntimeException e) {
            return false;
        }
    }

    private void attachment(Part p, String type, Parsed out) {
        String name;
        try {
            name = p.getFileName();
            name = name == null ? "" : decodeHeader(name);
        } catch (MessagingException | RuntimeException e) {
            name = "";
        }
        if (name.isEmpty() && (type.equals("message/rfc822") || type.equals("message/global"))) {
            name = innerMessage(p).flatMap(m -> rawHeader(m, "Subject")).map(MimeReader::decodeHeader).orElse("");
        }
        long size = -1;
        try {
            size = base64Size(p);
            if (size < 0) {
                // other encodings: decoded as they stream past and counted, never kept
                try (InputStream in = p.getInputStream()) {
                    size = count(in);
                }
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof Budget.TimeUp up) {
                throw up;
            }
            size = -1;
        }
        out.attachments.add(new Attachment(name, type, size, isInline(p)));
    }

    private long count(InputStream in) throws IOException {
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            budget.checkNow();
        }
        return total;
    }

    /** 1 for the 64 letters of base64, 0 for every other byte. */
    private static final byte[] BASE64_LETTER = new byte[256];

    static {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < letters.length(); i++) {
            BASE64_LETTER[letters.charAt(i)] = 1;
        }
    }

    /**
     * The decoded size of a base64 part, from its encoded letters without decoding them: every four letters
     * make three bytes (two letters of a last group make one, three make two). The decoder skips anything
     * that is not a base64 letter, and so does this count. -1 when the part is not base64.
     */
    private long base64Size(Part p) throws MessagingException, IOException {
        if (!(p instanceof jakarta.mail.internet.MimeBodyPart bp) || !"base64".equalsIgnoreCase(
                String.valueOf(bp.getEncoding()).strip())) {
            return -1;
        }
        long bytes = 0;
        long letters = 0; // since the last padding: pieces of base64 joined together are decoded one by one
        try (InputStream raw = bp.getRawInputStream()) {
            byte[] buf = new byte[65536];
            int n;
            while ((n = raw.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte c = buf[i];
                    letters += BASE64_LETTER[c & 0xff]; // a table, not comparisons: random letters defeat branch prediction
                    if (c == '=') {
                        bytes += letters * 3 / 4;
                        letters = 0;
                    }
                }
                budget.checkNow();
            }
        }
        return bytes + letters * 3 / 4;
    }
}
