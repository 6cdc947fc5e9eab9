package io.scamcheck.intake;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.detect.Report;
import io.scamcheck.model.Attachment;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Memory per message stays bounded: a 20 MB attachment is counted while it streams past, never decoded into
 * memory. The test counts every byte the reading thread allocates (the JVM keeps that count per thread), so
 * a change that kept the attachment's bytes, even for a moment, makes it fail.
 */
class AttachmentMemoryTest {
    private static final int ATTACHMENT = 20 << 20;
    /** Everything intake and the checks may allocate for the text, headers and lists, apart from the source. */
    private static final long BUDGET = 8L << 20;

    private static byte[] message;
    private static String encoded;

    @BeforeAll
    static void build() {
        byte[] data = new byte[ATTACHMENT];
        new Random(7).nextBytes(data);
        encoded = Base64.getMimeEncoder().encodeToString(data);
        message = ("From: Ann <ann@example.org>\r\nTo: you@example.com\r\nSubject: Photos\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHere are the photos from Sunday.\r\n"
                + "--b1\r\nContent-Type: application/zip; name=\"photos.zip\"\r\n"
                + "Content-Disposition: attachment; filename=\"photos.zip\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + encoded + "\r\n--b1--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aTwentyMegabyteAttachmentIsCountedNotKept() throws Exception {
        Analyzer analyzer = Analyzer.standard();
        analyzer.analyze(Intake.fromBytes(message, "warm-up.eml")); // classes and phrase lists load once
        long before = allocated();
        Email email = Intake.fromBytes(message, "photos.eml");
        Report report = analyzer.analyze(email);
        long used = allocated() - before;

        assertThat(email.attachments()).extracting(Attachment::name, Attachment::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("photos.zip", (long) ATTACHMENT));
        assertThat(report.email().text()).contains("Here are the photos from Sunday.");
        assertThat(used).as("bytes allocated to read and check a message with a 20 MB attachment")
                .isLessThan(BUDGET);
    }

    @Test
    void aFileIsReadFromTheDiskWithoutACopyInMemory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("photos.eml");
        Files.write(file, message);
        Intake.fromFile(file); // warm-up
        long before = allocated();
        Email email = Intake.fromFile(file);
        long used = allocated() - before;
        assertThat(email.attachments()).singleElement().extracting(Attachment::size).isEqualTo((long) ATTACHMENT);
        assertThat(email.text()).contains("Here are the photos from Sunday.");
        // the parser reads the file a piece at a time: neither the file's bytes nor the attachment are kept
        System.out.printf("read a %d-byte file: %d bytes allocated%n", message.length, used);
        assertThat(used).as("bytes allocated to read a %d-byte file", message.length).isLessThan(BUDGET);
    }

    @Test
    void aMailboxMessageIsReadFromTheDiskWithoutACopyInMemory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Inbox.mbox");
        String small = "From a@example.org Sat Jan  4 10:00:00 2025\nFrom: a@example.org\nSubject: Hi\n\nHello\n\n";
        Files.write(file, (small + "From ann@example.org Sat Jan  4 10:00:00 2025\n"
                + new String(message, StandardCharsets.US_ASCII) + "\n" + small).getBytes(StandardCharsets.US_ASCII));
        Mailbox box = Intake.mailbox(file);
        box.message(2); // warm-up
        long before = allocated();
        Email email = box.message(2);
        long used = allocated() - before;
        assertThat(box.size()).isEqualTo(3);
        assertThat(email.attachments()).singleElement().extracting(Attachment::size).isEqualTo((long) ATTACHMENT);
        System.out.printf("read a %d-byte message of a mailbox: %d bytes allocated%n", message.length, used);
        assertThat(used).as("bytes allocated to read a %d-byte message of a mailbox", message.length)
                .isLessThan(BUDGET);
    }

    @Test
    void sizesCountedFromTheEncodedLettersAreTheDecodedSizes() throws Exception {
        // The size of a base64 part is counted from its letters, without decoding: it must equal the size
        // decoding gives, for every length (padding of 0, 1 and 2) and with stray characters in the lines.
        Random r = new Random(11);
        for (int len = 0; len < 70; len++) {
            byte[] data = new byte[len];
            r.nextBytes(data);
            String b64 = Base64.getMimeEncoder(len % 2 == 0 ? 76 : 8, "\r\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(data);
            if (len % 3 == 0) {
                b64 = b64.replace("\r\n", " \t\r\n"); // trailing white space on each line
            }
            assertThat(attachmentSize(b64, "base64")).as("%d bytes", len).isEqualTo(len);
        }
        // two pieces of base64 joined together, each with its own padding, as some mailers write them
        String joined = Base64.getEncoder().encodeToString(new byte[] {1}) + "\r\n"
                + Base64.getEncoder().encodeToString(new byte[] {2, 3});
        assertThat(attachmentSize(joined, "base64")).isEqualTo(3);
        // other encodings are decoded as they stream past
        assertThat(attachmentSize("caf=C3=A9 and more=\r\n", "quoted-printable")).isEqualTo("café and more".getBytes(StandardCharsets.UTF_8).length);
    }

    private static long attachmentSize(String encoded, String encoding) throws Exception {
        String msg = "From: a@example.org\r\nTo: b@example.org\r\nSubject: file\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nHello\r\n"
                + "--b\r\nContent-Type: application/octet-stream; name=\"f.bin\"\r\n"
                + "Content-Disposition: attachment; filename=\"f.bin\"\r\nContent-Transfer-Encoding: " + encoding
                + "\r\n\r\n" + encoded + "\r\n--b--\r\n";
        Email email = Intake.fromBytes(msg.getBytes(StandardCharsets.US_ASCII), "f.eml");
        assertThat(email.attachments()).hasSize(1);
        return email.attachments().get(0).size();
    }

    @Test
    void theCountSeesAnAttachmentDecodedInMemory() {
        // The meter must be able to fail: decoding the attachment whole shows up as at least its size.
        long before = allocated();
        byte[] decoded = Base64.getMimeDecoder().decode(encoded);
        long used = allocated() - before;
        assertThat(decoded).hasSize(ATTACHMENT);
        assertThat(used).isGreaterThanOrEqualTo(ATTACHMENT);
    }

    private static long allocated() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "this JVM does not count allocations");
        com.sun.management.ThreadMXBean sun = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(sun.isThreadAllocatedMemorySupported() && sun.isThreadAllocatedMemoryEnabled(),
                "this JVM does not count allocations");
        return sun.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
