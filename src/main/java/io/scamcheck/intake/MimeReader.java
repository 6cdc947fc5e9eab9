package io.scamcheck.intake;

import io.scamcheck.model.Attachment;
import io.scamcheck.model.Email;
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
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A MIME message (an .eml file or a pasted source) read with Jakarta Mail: headers decoded, the body as a
 * reader sees it (the HTML alternative turned into text when there is one), attachments listed, never opened.
 */
final class MimeReader {
    static final int MAX_DEPTH = 20;
    static final int MAX_PARTS = 500;
    private static final List<String> VISIBLE_HEADERS = List.of("From", "To", "Subject", "Date");
    private static final Session SESSION = Session.getInstance(lenientProperties());

    private final Email.Builder builder;
    private int parts;
    private boolean bodyWritten;

    private MimeReader(Email.Builder builder) {
        this.builder = builder;
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
        p.setProperty("mail.mime.multipart.allowempty", "true");
        p.setProperty("mail.mime.parameters.strict", "false");
        p.setProperty("mail.mime.allowutf8", "true");
        return p;
    }

    static Email read(byte[] bytes, SourceKind kind) throws IntakeException {
        MimeMessage msg;
        try {
            msg = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
        } catch (MessagingException | RuntimeException e) {
            throw new IntakeException(IntakeError.BROKEN_MESSAGE, String.valueOf(e.getMessage()), e);
        }
        Email.Builder b = Email.builder(kind);
        List<Header> headers = headers(msg);
        b.headers(headers);
        for (String name : VISIBLE_HEADERS) {
            headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).findFirst()
                    .ifPresent(h -> b.visibleHeaderLine(name, h.value()));
        }
        MimeReader r = new MimeReader(b);
        try {
            r.part(msg, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            if (!r.bodyWritten) {
                // Keep what can be kept: the raw text after the headers.
                String raw = Charsets.decodeText(bytes);
                int split = raw.indexOf("\n\n");
                String body = split < 0 ? "" : raw.substring(split + 2);
                b.appendBody(PlainText.clean(body), PlainText.links(PlainText.clean(body)));
            }
        }
        return b.build();
    }

    private static List<Header> headers(MimeMessage msg) {
        List<Header> out = new ArrayList<>();
        try {
            Enumeration<jakarta.mail.Header> all = msg.getAllHeaders();
            while (all.hasMoreElements()) {
                jakarta.mail.Header h = all.nextElement();
                out.add(new Header(h.getName(), decodeHeader(h.getValue())));
            }
        } catch (MessagingException | RuntimeException e) {
            // Headers that cannot be read are left out; the body is still checked.
        }
        return out;
    }

    static String decodeHeader(String raw) {
        if (raw == null) {
            return "";
        }
        String unfolded = MimeUtility.unfold(raw);
        try {
            return MimeUtility.decodeText(unfolded).strip();
        } catch (IOException | RuntimeException e) {
            return unfolded.strip();
        }
    }

    private void part(Part p, int depth) throws MessagingException, IOException, IntakeException {
        if (depth > MAX_DEPTH) {
            throw new IntakeException(IntakeError.TOO_DEEP, "more than " + MAX_DEPTH + " levels");
        }
        if (++parts > MAX_PARTS) {
            throw new IntakeException(IntakeError.TOO_MANY_PARTS, "more than " + MAX_PARTS + " parts");
        }
        String type = baseType(p);
        if (isAttachment(p, type)) {
            attachment(p, type);
            return;
        }
        if (type.startsWith("multipart/")) {
            Object content = p.getContent();
            if (!(content instanceof Multipart mp)) {
                text(p, "text/plain");
                return;
            }
            if (type.equals("multipart/alternative")) {
                BodyPart best = bestAlternative(mp);
                if (best != null) {
                    part(best, depth + 1);
                }
                return;
            }
            for (int i = 0; i < mp.getCount(); i++) {
                part(mp.getBodyPart(i), depth + 1);
            }
            return;
        }
        if (type.equals("message/rfc822")) {
            Object content = p.getContent();
            if (content instanceof MimeMessage inner) {
                part(inner, depth + 1);
                return;
            }
        }
        if (type.startsWith("text/") || type.isEmpty()) {
            text(p, type);
            return;
        }
        attachment(p, type);
    }

    /** What a mail program shows of an alternative: the HTML when there is one, else the plain text. */
    private static BodyPart bestAlternative(Multipart mp) throws MessagingException {
        BodyPart html = null;
        BodyPart plain = null;
        BodyPart other = null;
        for (int i = 0; i < mp.getCount(); i++) {
            BodyPart bp = mp.getBodyPart(i);
            String t = baseType(bp);
            if (t.equals("text/html") && html == null) {
                html = bp;
            } else if (t.equals("text/plain") && plain == null) {
                plain = bp;
            } else if (other == null && (t.startsWith("multipart/") || t.startsWith("text/"))) {
                other = bp;
            }
        }
        if (html != null) {
            return html;
        }
        if (other != null && other.isMimeType("multipart/*")) {
            return other;
        }
        return plain != null ? plain : other;
    }

    private void text(Part p, String type) throws MessagingException, IOException {
        String content = readText(p);
        if (bodyWritten) {
            builder.appendBody("\n\n", List.of());
        }
        if (type.equals("text/html") || type.isEmpty() && content.regionMatches(true, 0, "<html", 0, 5)) {
            HtmlText.Result r = HtmlText.convert(content);
            builder.appendBody(r.text(), r.links());
        } else {
            String clean = PlainText.clean(content);
            List<Link> links = PlainText.links(clean);
            builder.appendBody(clean, links);
        }
        bodyWritten = true;
    }

    private static String readText(Part p) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = p.getInputStream()) {
            bytes = in.readAllBytes();
        }
        Charset cs = charset(p);
        if (cs != null) {
            return new String(bytes, cs);
        }
        return Charsets.decodeText(bytes);
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
            String javaName = MimeUtility.javaCharset(name.strip().replace("\"", ""));
            if (javaName.equalsIgnoreCase("us-ascii") || javaName.equalsIgnoreCase("ascii")) {
                return null; // often a lie; sniffing UTF-8 then Windows-1252 keeps the text
            }
            return Charset.forName(javaName);
        } catch (Exception e) {
            return null;
        }
    }

    private static String baseType(Part p) {
        try {
            String ct = p.getContentType();
            if (ct == null) {
                return "text/plain";
            }
            return new ContentType(ct).getBaseType().toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            try {
                String ct = p.getContentType();
                int semi = ct.indexOf(';');
                return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
            } catch (Exception e2) {
                return "text/plain";
            }
        }
    }

    private static boolean isAttachment(Part p, String type) {
        try {
            String disp = p.getDisposition();
            if (disp != null && disp.equalsIgnoreCase(Part.ATTACHMENT)) {
                return !type.startsWith("multipart/");
            }
            return p.getFileName() != null && !type.startsWith("text/") && !type.startsWith("multipart/")
                    && !type.equals("message/rfc822");
        } catch (MessagingException | RuntimeException e) {
            return false;
        }
    }

    private void attachment(Part p, String type) {
        String name;
        try {
            name = p.getFileName();
            name = name == null ? "" : decodeHeader(name);
        } catch (MessagingException | RuntimeException e) {
            name = "";
        }
        long size = -1;
        try (InputStream in = p.getInputStream()) {
            size = in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (MessagingException | IOException | RuntimeException e) {
            size = -1;
        }
        builder.attachment(new Attachment(name, type, size));
    }
}
