package io.scamcheck.intake;

import io.scamcheck.model.Email;
import io.scamcheck.model.SourceKind;
import io.scamcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message read by the parser straight from its file, a piece at a time (as large files and large mailbox
 * messages are), gives exactly what the same message gives from memory: the same text, headers, links,
 * attachments, hidden text and notes, or the same named error. Checked on every sample message of the intake
 * tests, on awkward hand-made ones, and on many messages of ../shared/corpus when it is there.
 */
class ReadInPlaceTest {
    @TempDir
    Path dir;

    @Test
    void everySampleMessageReadsTheSameFromTheFileAsFromMemory() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(IntakeGoldenTest.DIR)) {
            files = s.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path f : files) {
            assertSame(f);
        }
    }

    @Test
    void awkwardMessagesReadTheSameFromTheFileAsFromMemory() throws Exception {
        String latin1 = "From: Jos\u00e9 <jose@example.org>\nSubject: Se\u00f1al \u00fanica\nTo: a@example.org\n\n"
                + "Cuerpo del mensaje.\n";
        List<byte[]> messages = List.of(
                latin1.getBytes(StandardCharsets.ISO_8859_1),
                ("From x@y.example Mon Jan  1 00:00:00 2024\nFrom: Bank <a@bank.example>\nSubject: hi\n\nbody\n")
                        .getBytes(StandardCharsets.UTF_8),
                ("From: a@example.org\r\nSubject: parts\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n"
                        + "<p>Pay <a href=\"http://pay.example/x\">here</a></p>\r\n--x\r\n"
                        + "Content-Type: message/rfc822\r\n\r\nFrom: inner@example.org\r\nSubject: inner\r\n\r\n"
                        + "Inner words.\r\n--x--\r\n").getBytes(StandardCharsets.UTF_8),
                ("From: a@example.org\nSubject: no end\nContent-Type: multipart/alternative; boundary=\"q\"\n\n"
                        + "--q\nContent-Type: text/plain\n\nNo closing boundary line").getBytes(StandardCharsets.UTF_8),
                ("From: a@example.org\nSubject: only headers").getBytes(StandardCharsets.UTF_8),
                ("Subject: long\n\n" + "x".repeat((1 << 20) + 5) + "\n").getBytes(StandardCharsets.UTF_8));
        int i = 0;
        for (byte[] m : messages) {
            Path f = dir.resolve("m" + (i++) + ".eml");
            Files.write(f, m);
            assertSame(f);
        }
    }

    @Test
    void aLargeFileOfTinyPartsIsRefusedInTime() throws Exception {
        // 12,000 tiny parts (about 300 kB): the parser makes streams for each; each reads through a buffer no
        // larger than its part.
        StringBuilder m = new StringBuilder("From: a@example.org\r\nSubject: parts\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"p\"\r\n\r\n");
        for (int i = 0; i < 12_000; i++) {
            m.append("--p\r\n\r\nx\r\n");
        }
        m.append("--p--\r\n");
        Path f = dir.resolve("parts.eml");
        Files.writeString(f, m, StandardCharsets.US_ASCII);
        long t0 = System.nanoTime();
        IntakeError error = null;
        try {
            TimeLimit.run(() -> Intake.fromFile(f));
        } catch (IntakeException e) {
            error = e.error();
        }
        assertThat(error).isEqualTo(IntakeError.TOO_MANY_PARTS);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(TimeLimit.PER_MESSAGE.toMillis());
        assertSame(f);
    }

    @Test
    void everyCorpusMessageReadsTheSameFromTheFileAsFromMemory() throws Exception {
        Optional<Path> shared = Fixtures.shared();
        org.junit.jupiter.api.Assumptions.assumeTrue(shared.isPresent() && Files.isDirectory(shared.get().resolve("corpus")),
                "../shared/corpus is absent");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(shared.get().resolve("corpus"))) {
            s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return !n.equals("labels.tsv") && !n.equals("README.md") && !n.endsWith(".msg");
            }).sorted().forEach(files::add);
        }
        // every fourth file, and every large one: the whole corpus twice over takes too long for each build
        for (int i = 0; i < files.size(); i++) {
            if (i % 4 == 0 || Files.size(files.get(i)) > 100_000) {
                assertSame(files.get(i));
            }
        }
    }

    private static void assertSame(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String fromMemory = outcome(() -> MimeReader.parse(bytes, SourceKind.EML, Limits.STANDARD,
                new Budget(Limits.STANDARD)).build(SourceKind.EML));
        String fromFile;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            fromFile = outcome(() -> MimeReader.parse(Bytes.of(ch, 0, size), SourceKind.EML, Limits.STANDARD,
                    new Budget(Limits.STANDARD)).build(SourceKind.EML));
        }
        assertThat(fromFile).as("%s read from the file", file.getFileName()).isEqualTo(fromMemory);
    }

    private interface Read {
        Email read() throws IntakeException;
    }

    /** Everything a reader or a detector sees of the message, or the error it gives. */
    private static String outcome(Read read) {
        try {
            Email e = read.read();
            return String.join("\n--\n", e.text(), String.valueOf(e.bodyStart()), e.headers().toString(),
                    e.links().toString(), e.attachments().toString(), e.hiddenTexts().toString(),
                    e.notes().toString(), e.forwarded().toString());
        } catch (IntakeException e) {
            return "error " + e.error();
        }
    }
}
