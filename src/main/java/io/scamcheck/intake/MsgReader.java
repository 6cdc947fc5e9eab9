package io.scamcheck.intake;

import io.scamcheck.i18n.Text;
import io.scamcheck.model.Attachment;
import io.scamcheck.model.Forwarded;
import io.scamcheck.model.Header;
import io.scamcheck.model.Link;
import io.scamcheck.model.SourceKind;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.ByteChunk;
import org.apache.poi.hsmf.datatypes.Chunk;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.apache.poi.hsmf.datatypes.RecipientChunks;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.Callable;

/**
 * An Outlook .msg file read with Apache POI (HSMF): sender, recipients, subject, date, the HTML body when
 * there is one (else the plain one) and the attachments, listed, never opened. When the file keeps the
 * transport headers (a message that arrived), they are the headers; a file without them (a draft, an item
 * saved from a folder) still gives sender and subject from its properties. An attached Outlook item or .eml
 * is a forwarded original, read and checked like one.
 */
final class MsgReader {
    private static final int SENDER_SMTP_ADDRESS = 0x5D01;
    private static final int SENT_REPRESENTING_SMTP = 0x5D02;

    static {
        // POI logs through Log4j's API; with no logging set up it would print a warning on every run.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    private final Limits limits;
    private final Budget budget;

    private MsgReader(Limits limits, Budget budget) {
        this.limits = limits;
        this.budget = budget;
    }

    /**
     * Reads an OLE file. One that cannot be opened is a damaged Outlook file when its name says .msg, else
     * some other Office document.
     */
    static Parsed parse(byte[] bytes, String name, Limits limits, Budget budget) throws IntakeException {
        MAPIMessage msg;
        try {
            msg = new MAPIMessage(new POIFSFileSystem(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            boolean msgName = name != null && name.toLowerCase(Locale.ROOT).endsWith(".msg");
            throw new IntakeException(msgName ? IntakeError.BROKEN_MESSAGE : IntakeError.NOT_A_MESSAGE,
                    msgName ? "not a readable Outlook file: " + e.getMessage() : "Office document", e);
        }
        msg.setReturnNullOnMissingChunk(true);
        if (!isMessage(msg)) {
            throw new IntakeException(IntakeError.NOT_A_MESSAGE, "Office document");
        }
        return new MsgReader(limits, budget).message(msg, 0);
    }

    /** An OLE file is an Outlook item when it has a message class, a subject, a sender or a body. */
    private static boolean isMessage(MAPIMessage msg) {
        return get(msg.getMainChunks()::getMessageClass) != null || get(msg::getSubject) != null
                || get(msg::getDisplayFrom) != null || get(msg::getTextBody) != null;
    }

    private Parsed message(MAPIMessage msg, int depth) throws IntakeException {
        budget.checkNow();
        if (depth > limits.maxDepth()) {
            throw new IntakeException(IntakeError.TOO_DEEP, "more than " + limits.maxDepth() + " levels");
        }
        Parsed p = new Parsed();
        String[] transport = get(msg::getHeaders);
        if (transport != null && transport.length > 0) {
            readTransportHeaders(String.join("\r\n", transport), p);
        }
        fillFromProperties(msg, p);
        body(msg, p);
        AttachmentChunks[] atts = msg.getAttachmentFiles();
        if (atts.length > limits.maxParts()) {
            throw new IntakeException(IntakeError.TOO_MANY_PARTS, atts.length + " attachments");
        }
        Parsed forwarded = null;
        for (AttachmentChunks a : atts) {
            budget.checkNow();
            Parsed inner = forwarded == null ? embedded(a, depth) : null;
            if (inner != null) {
                forwarded = inner;
            } else {
                p.attachments.add(attachment(a));
            }
        }
        if (forwarded != null) {
            if (forwarded.forwarded == null) {
                forwarded.forwarded = new Forwarded(Forwarded.How.ATTACHED, p.shownOrEmpty("From"),
                        p.shownOrEmpty("Subject"), p.body.text.toString().strip());
            }
            String by = p.shownOrEmpty("From");
            forwarded.note(by.isEmpty() ? Text.of("intake.note.forwarded") : Text.of("intake.note.forwarded-by", by));
            return forwarded;
        }
        return p;
    }

    /** An attached Outlook item or .eml file: the original message inside, or null when it is not one. */
    private Parsed embedded(AttachmentChunks a, int depth) throws IntakeException {
        if (a.isEmbeddedMessage()) {
            try {
                MAPIMessage inner = a.getEmbeddedMessage();
                inner.setReturnNullOnMissingChunk(true);
                return message(inner, depth + 1);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        String name = name(a).toLowerCase(Locale.ROOT);
        String mime = value(a.getAttachMimeTag()).toLowerCase(Locale.ROOT);
        ByteChunk data = a.getAttachData();
        if ((name.endsWith(".eml") || mime.equals("message/rfc822")) && data != null && data.getValue() != null) {
            return MimeReader.parse(data.getValue(), SourceKind.EML, limits, budget);
        }
        return null;
    }

    private static void readTransportHeaders(String raw, Parsed p) {
        try {
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(
                    (raw.strip() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8)), true);
            Enumeration<jakarta.mail.Header> all = h.getAllHeaders();
            while (all.hasMoreElements()) {
                jakarta.mail.Header x = all.nextElement();
                String value = HeaderValues.isAddressHeader(x.getName()) ? HeaderValues.decodeAddresses(x.getValue())
                        : MimeReader.decodeHeader(x.getValue());
                p.headers.add(new Header(x.getName(), value));
            }
            for (String name : Parsed.VISIBLE_HEADERS) {
                String[] v = h.getHeader(name);
                if (v != null && v.length > 0 && v[0] != null && !v[0].isBlank()) {
                    p.shown.put(name, MimeReader.shownValue(name, v[0]));
                }
            }
        } catch (MessagingException | RuntimeException e) {
            // Broken transport headers: the properties below still give sender and subject.
        }
    }

    /** Sender, recipients, subject and date from the item's properties, where the headers gave none. */
    private static void fillFromProperties(MAPIMessage msg, Parsed p) {
        Map<MAPIProperty, List<Chunk>> chunks = msg.getMainChunks().getAll();
        if (!p.shown.containsKey("From")) {
            String name = orEmpty(get(msg::getDisplayFrom));
            String email = smtp(string(chunks, SENDER_SMTP_ADDRESS), string(chunks, SENT_REPRESENTING_SMTP),
                    value(msg.getMainChunks().getEmailFromChunk()));
            String raw = email.isEmpty() ? name : name.isEmpty() ? email : quote(name) + " <" + email + ">";
            if (!raw.isBlank()) {
                addHeader(p, "From", raw);
            }
        }
        if (!p.shown.containsKey("To")) {
            List<String> to = new ArrayList<>();
            for (RecipientChunks r : msg.getRecipientDetailsChunks()) {
                String name = orEmpty(get(r::getRecipientName));
                String email = smtp(value(r.getRecipientSMTPChunk()), value(r.getRecipientEmailChunk()));
                if (email.equals(name)) {
                    name = "";
                }
                String one = email.isEmpty() ? name : name.isEmpty() ? email : quote(name) + " <" + email + ">";
                if (!one.isBlank()) {
                    to.add(one);
                }
            }
            String raw = to.isEmpty() ? orEmpty(get(msg::getDisplayTo)).replace(';', ',') : String.join(", ", to);
            if (!raw.isBlank()) {
                addHeader(p, "To", raw);
            }
        }
        if (!p.shown.containsKey("Subject")) {
            String s = orEmpty(get(msg::getSubject));
            if (!s.isBlank()) {
                p.headers.add(new Header("Subject", s));
                p.shown.put("Subject", s.replaceAll("\\s+", " ").strip());
            }
        }
        if (!p.shown.containsKey("Date")) {
            Calendar c = get(msg::getMessageDate);
            if (c != null) {
                SimpleDateFormat f = new SimpleDateFormat("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
                f.setTimeZone(TimeZone.getTimeZone("UTC"));
                String d = f.format(c.getTime());
                p.headers.add(new Header("Date", d));
                p.shown.put("Date", d);
            }
        }
        // Keep the shown lines in the usual order: From, To, Subject, Date.
        Map<String, String> ordered = new java.util.LinkedHashMap<>();
        for (String n : Parsed.VISIBLE_HEADERS) {
            if (p.shown.containsKey(n)) {
                ordered.put(n, p.shown.get(n));
            }
        }
        p.shown.clear();
        p.shown.putAll(ordered);
    }

    private static void addHeader(Parsed p, String name, String raw) {
        p.headers.add(new Header(name, HeaderValues.decodeAddresses(raw)));
        p.shown.put(name, HeaderValues.showAddresses(raw));
    }

    /** The first value that is an internet address (Exchange's internal "/O=..." names are not). */
    private static String smtp(String... candidates) {
        for (String c : candidates) {
            if (c != null && c.contains("@") && !c.startsWith("/")) {
                return c.strip();
            }
        }
        return "";
    }

    private static String quote(String name) {
        return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private void body(MAPIMessage msg, Parsed p) {
        String html = get(msg::getHtmlBody);
        if (html == null || html.isBlank()) {
            // Outlook often keeps mail that came as HTML only as RTF with the HTML inside it.
            html = RtfHtml.fromRtf(get(msg::getRtfBody), budget);
        }
        if (html != null && !html.isBlank()) {
            HtmlText.Result r = HtmlText.convert(html, budget);
            if (!r.text().isBlank()) {
                p.body.append(r.text(), r.links(), r.hidden());
                return;
            }
        }
        String text = get(msg::getTextBody);
        if (text != null) {
            String clean = PlainText.clean(text);
            List<Link> links = PlainText.links(clean);
            p.body.append(clean, links, List.of());
        }
    }

    private static Attachment attachment(AttachmentChunks a) {
        String name = name(a);
        String mime = value(a.getAttachMimeTag());
        ByteChunk data = a.getAttachData();
        long size = data == null || data.getValue() == null ? -1 : data.getValue().length;
        boolean inline = !value(a.getAttachContentId()).isEmpty();
        return new Attachment(name, mime.isEmpty() ? "application/octet-stream" : mime.toLowerCase(Locale.ROOT),
                size, inline);
    }

    private static String name(AttachmentChunks a) {
        for (StringChunk c : new StringChunk[] {a.getAttachLongFileName(), a.getAttachFileName(),
            a.getAttachDisplayName()}) {
            String v = value(c);
            if (!v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static String string(Map<MAPIProperty, List<Chunk>> chunks, int id) {
        for (Map.Entry<MAPIProperty, List<Chunk>> e : chunks.entrySet()) {
            if (e.getKey().id == id) {
                for (Chunk c : e.getValue()) {
                    if (c instanceof StringChunk s) {
                        return s.getValue();
                    }
                }
            }
        }
        return null;
    }

    private static String value(StringChunk c) {
        try {
            return c == null || c.getValue() == null ? "" : c.getValue().replace("\0", "");
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.replace("\0", "").strip();
    }

    /** A property that may be missing or broken: null instead of an exception. */
    private static <T> T get(Callable<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            return null;
        }
    }
}
