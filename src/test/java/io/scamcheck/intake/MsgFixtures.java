package io.scamcheck.intake;

import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes Outlook .msg files for tests, laid out as the [MS-OXMSG] file format describes (an OLE compound
 * file with one storage per recipient and attachment, string properties in "__substg1.0_" streams and fixed
 * ones in "__properties_version1.0"). No Outlook is at hand here, so the fixtures are made this way;
 * {@code main} writes the ones under src/test/resources/intake.
 */
final class MsgFixtures {
    /** One message to write. */
    static final class Msg {
        final Map<Integer, String> strings = new LinkedHashMap<>();
        byte[] html;
        String rtf;
        Instant submitted;
        final List<String[]> recipients = new ArrayList<>(); // name, smtp
        final List<Object[]> attachments = new ArrayList<>(); // name, mime, data bytes | Msg

        Msg set(int id, String value) {
            strings.put(id, value);
            return this;
        }
    }

    static final int MESSAGE_CLASS = 0x001A;
    static final int SUBJECT = 0x0037;
    static final int TRANSPORT_HEADERS = 0x007D;
    static final int DISPLAY_TO = 0x0E04;
    static final int SENDER_NAME = 0x0C1A;
    static final int SENDER_EMAIL = 0x0C1F;
    static final int SENDER_SMTP = 0x5D01;
    static final int BODY = 0x1000;

    private MsgFixtures() {
    }

    static byte[] write(Msg m) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            writeMessage(fs.getRoot(), m, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static void writeMessage(DirectoryEntry dir, Msg m, boolean topLevel) throws IOException {
        if (topLevel) {
            DirectoryEntry names = dir.createDirectory("__nameid_version1.0");
            for (String s : new String[] {"__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"}) {
                names.createDocument(s, new ByteArrayInputStream(new byte[0]));
            }
        }
        m.strings.putIfAbsent(MESSAGE_CLASS, "IPM.Note");
        List<byte[]> props = new ArrayList<>();
        for (Map.Entry<Integer, String> e : m.strings.entrySet()) {
            byte[] v = (e.getValue() + "\0").getBytes(StandardCharsets.UTF_16LE);
            doc(dir, String.format("__substg1.0_%04X001F", e.getKey()), v);
            props.add(prop(e.getKey() << 16 | 0x001F, 6, v.length));
        }
        if (m.html != null) {
            doc(dir, "__substg1.0_10130102", m.html);
            props.add(prop(0x1013 << 16 | 0x0102, 6, m.html.length));
        }
        if (m.rtf != null) {
            // PR_RTF_COMPRESSED in its uncompressed form ("MELA"): sizes, signature, no CRC, then the RTF
            byte[] raw = m.rtf.getBytes(StandardCharsets.US_ASCII);
            ByteBuffer b = ByteBuffer.allocate(16 + raw.length).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(raw.length + 12).putInt(raw.length).putInt(0x414C454D).putInt(0).put(raw);
            doc(dir, "__substg1.0_10090102", b.array());
            props.add(prop(0x1009 << 16 | 0x0102, 6, b.capacity()));
        }
        if (m.submitted != null) {
            long filetime = (m.submitted.getEpochSecond() + 11_644_473_600L) * 10_000_000L + m.submitted.getNano() / 100;
            props.add(prop(0x0039 << 16 | 0x0040, 6, filetime));
        }
        for (int i = 0; i < m.recipients.size(); i++) {
            DirectoryEntry r = dir.createDirectory(String.format("__recip_version1.0_#%08X", i));
            String[] rec = m.recipients.get(i);
            doc(r, "__substg1.0_3001001F", (rec[0] + "\0").getBytes(StandardCharsets.UTF_16LE));
            doc(r, "__substg1.0_3003001F", (rec[1] + "\0").getBytes(StandardCharsets.UTF_16LE));
            doc(r, "__substg1.0_39FE001F", (rec[1] + "\0").getBytes(StandardCharsets.UTF_16LE));
            doc(r, "__properties_version1.0", properties(new byte[8], List.of(prop(0x0C15 << 16 | 0x0003, 6, 1))));
        }
        for (int i = 0; i < m.attachments.size(); i++) {
            DirectoryEntry a = dir.createDirectory(String.format("__attach_version1.0_#%08X", i));
            Object[] at = m.attachments.get(i);
            if (at[2] instanceof Msg inner) {
                DirectoryEntry sub = a.createDirectory("__substg1.0_3701000D");
                writeMessage(sub, inner, false);
                doc(a, "__substg1.0_3001001F", ((String) at[0] + "\0").getBytes(StandardCharsets.UTF_16LE));
                doc(a, "__properties_version1.0", properties(new byte[8], List.of(prop(0x3705 << 16 | 0x0003, 6, 5))));
            } else {
                byte[] data = (byte[]) at[2];
                doc(a, "__substg1.0_3707001F", ((String) at[0] + "\0").getBytes(StandardCharsets.UTF_16LE));
                doc(a, "__substg1.0_3704001F", ((String) at[0] + "\0").getBytes(StandardCharsets.UTF_16LE));
                doc(a, "__substg1.0_370E001F", ((String) at[1] + "\0").getBytes(StandardCharsets.UTF_16LE));
                doc(a, "__substg1.0_37010102", data);
                doc(a, "__properties_version1.0", properties(new byte[8], List.of(prop(0x3705 << 16 | 0x0003, 6, 1))));
            }
        }
        ByteBuffer header = ByteBuffer.allocate(topLevel ? 32 : 24).order(ByteOrder.LITTLE_ENDIAN);
        header.putLong(0).putInt(m.recipients.size()).putInt(m.attachments.size())
                .putInt(m.recipients.size()).putInt(m.attachments.size());
        doc(dir, "__properties_version1.0", properties(header.array(), props));
    }

    private static byte[] prop(int tag, int flags, long value) {
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(tag).putInt(flags).putLong(value).array();
    }

    private static byte[] properties(byte[] header, List<byte[]> props) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        props.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static void doc(DirectoryEntry dir, String name, byte[] data) throws IOException {
        dir.createDocument(name, new ByteArrayInputStream(data));
    }

    /** The scam as Outlook saves it after it arrived: with the transport headers. */
    static Msg withHeaders() {
        Msg m = new Msg()
                .set(SUBJECT, "Your mailbox is almost full")
                .set(SENDER_NAME, "IT Helpdesk")
                .set(SENDER_EMAIL, "helpdesk@mail-quota.example")
                .set(SENDER_SMTP, "helpdesk@mail-quota.example")
                .set(DISPLAY_TO, "Pat Jones")
                .set(BODY, "Your mailbox is 99% full. Log in to keep your messages: https://mail-quota.example/login\r\n")
                .set(TRANSPORT_HEADERS, "Received: from mail-quota.example (203.0.113.9) by mx.example.com\r\n"
                        + "From: \"IT Helpdesk\" <helpdesk@mail-quota.example>\r\n"
                        + "To: Pat Jones <pat@example.com>\r\n"
                        + "Subject: Your mailbox is almost full\r\n"
                        + "Date: Tue, 19 May 2020 08:15:00 +0000\r\n"
                        + "Authentication-Results: mx.example.com; spf=fail smtp.mailfrom=mail-quota.example\r\n"
                        + "MIME-Version: 1.0\r\n\r\n");
        m.html = ("<html><body><p>Your mailbox is <b>99%</b> full.</p><p><a href=\"https://mail-quota.example/login\">"
                + "Keep my messages</a></p></body></html>").getBytes(StandardCharsets.UTF_8);
        m.recipients.add(new String[] {"Pat Jones", "pat@example.com"});
        m.attachments.add(new Object[] {"quota-report.html", "text/html",
            "<html><form action=\"https://mail-quota.example/steal\"></form></html>".getBytes(StandardCharsets.UTF_8)});
        return m;
    }

    /** A draft or a message saved from a folder: no transport headers, the sender from MAPI properties. */
    static Msg withoutHeaders() {
        Msg m = new Msg()
                .set(SUBJECT, "Invoice 2020-0519 overdue")
                .set(SENDER_NAME, "Accounts Receivable")
                .set(SENDER_EMAIL, "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=AR")
                .set(SENDER_SMTP, "billing@invoices-now.example")
                .set(DISPLAY_TO, "Pat Jones; Sam Lee")
                .set(BODY, "Please pay the attached invoice today by wire transfer.\r\nRegards,\r\nAccounts\r\n");
        m.submitted = Instant.parse("2020-05-19T09:30:00Z");
        m.recipients.add(new String[] {"Pat Jones", "pat@example.com"});
        m.recipients.add(new String[] {"Sam Lee", "sam@example.com"});
        m.attachments.add(new Object[] {"invoice.pdf.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0}});
        return m;
    }

    /** A relative forwards the scam as an attached Outlook item. */
    static Msg forwardedItem() {
        Msg inner = withoutHeaders();
        Msg m = new Msg()
                .set(SUBJECT, "FW: Invoice 2020-0519 overdue")
                .set(SENDER_NAME, "Sam Lee")
                .set(SENDER_SMTP, "sam@example.com")
                .set(SENDER_EMAIL, "sam@example.com")
                .set(DISPLAY_TO, "Helper")
                .set(BODY, "Is this invoice real? I do not remember it.\r\n");
        m.submitted = Instant.parse("2020-05-19T12:00:00Z");
        m.recipients.add(new String[] {"Helper", "helper@example.org"});
        m.attachments.add(new Object[] {"Invoice 2020-0519 overdue", "", inner});
        return m;
    }

    /** A received HTML mail as Outlook often keeps it: plain text, and the HTML only inside the RTF body. */
    static Msg htmlInRtf() {
        Msg m = new Msg()
                .set(SUBJECT, "Action required: verify your account")
                .set(SENDER_NAME, "PayPal")
                .set(SENDER_SMTP, "service@paypal-secure.example")
                .set(DISPLAY_TO, "Pat Jones")
                .set(BODY, "Your account is locked. Unlock now <http://unlock.example/now> .\r\n");
        m.submitted = Instant.parse("2020-05-22T06:45:00Z");
        m.rtf = "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\r\n"
                + "{\\*\\htmltag19 <html>}{\\*\\htmltag34 <body>}\r\n"
                + "\\htmlrtf {\\htmlrtf0 {\\*\\htmltag64 <p>}Your account is \\htmlrtf {\\b\\htmlrtf0 {\\*\\htmltag84 <b>}"
                + "locked{\\*\\htmltag92 </b>}\\htmlrtf }\\htmlrtf0 . Pay the fee of 2\\'80 now. \r\n"
                + "{\\*\\htmltag84 <a href=\"http://unlock.example/now\">}\\htmlrtf {\\field{\\*\\fldinst HYPERLINK "
                + "\"http://unlock.example/now\"}{\\fldrslt\\htmlrtf0 Unlock now\\htmlrtf }}\\htmlrtf0 {\\*\\htmltag92 </a>}"
                + "{\\*\\htmltag72 </p>}\\htmlrtf }\\htmlrtf0 \r\n"
                + "{\\*\\htmltag64 <p>}Caf\\u233\\'e9 \\{team\\}{\\*\\htmltag72 </p>}\\htmlrtf\\par\\htmlrtf0\r\n"
                + "{\\*\\htmltag27 </body>}{\\*\\htmltag3 </html>}}";
        m.recipients.add(new String[] {"Pat Jones", "pat@example.com"});
        return m;
    }

    public static void main(String[] args) throws IOException {
        Path dir = IntakeGoldenTest.DIR;
        Files.write(dir.resolve("outlook-headers.msg"), write(withHeaders()));
        Files.write(dir.resolve("outlook-no-headers.msg"), write(withoutHeaders()));
        Files.write(dir.resolve("outlook-forwarded-item.msg"), write(forwardedItem()));
        Files.write(dir.resolve("outlook-html-in-rtf.msg"), write(htmlInRtf()));
    }
}
