package io.scamcheck.intake;

import io.scamcheck.cli.Cli;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailboxTest {
    private static final Path BOX = IntakeGoldenTest.DIR.resolve("box.mbox");

    @Test
    void listsEveryMessageWithDateSenderAndSubject() throws Exception {
        assertThat(Intake.isMailbox(BOX)).isTrue();
        Mailbox box = Intake.mailbox(BOX);
        assertThat(box.entries()).containsExactly(
                new Mailbox.Entry(1, "Thu, 7 May 2020 10:00:00 +0000", "Microsoft Support <support@ms-help.xyz>",
                        "Windows License Suspended"),
                new Mailbox.Entry(2, "Fri, 8 May 2020 09:00:00 -0300", "Banco Segurança <alerta@banco-seguro.example>",
                        "Acesso bloqueado"),
                new Mailbox.Entry(3, "Sat, 9 May 2020 12:00:00 +0000", "Old Friend <friend@example.org>", "Lunch"));
    }

    @Test
    void readsTheMessageChosen() throws Exception {
        Mailbox box = Intake.mailbox(BOX);
        Email second = box.message(2);
        assertThat(second.body()).isEqualTo("Seu acesso foi bloqueado. Desbloquear agora");
        assertThat(second.links()).singleElement()
                .satisfies(l -> assertThat(l.target()).isEqualTo("http://banco-seguro.example/desbloquear"));
        // a body line quoted as ">From " gets its words back, and the next message's "From " line is not in it
        assertThat(box.message(3).body()).isEqualTo("Lunch on Friday?\nFrom what I remember, you like the place by the river.\n");
        assertThat(box.message(1).body()).isEqualTo("Your license was suspended. Call 1-844-286-1916.\n");
    }

    @Test
    void openingAnMboxAsOneMessageGivesTheFirstWithANote() throws Exception {
        Email e = Intake.fromFile(BOX);
        assertThat(e.subject()).contains("Windows License Suspended");
        assertThat(e.notes()).extracting(t -> t.key()).containsExactly("intake.note.mailbox-first");
    }

    @Test
    void aSingleMessageIsNotAMailbox() {
        Path eml = IntakeGoldenTest.DIR.resolve("plain.eml");
        assertThat(Intake.isMailbox(eml)).isFalse();
        assertThatThrownBy(() -> Intake.mailbox(eml)).isInstanceOf(IntakeException.class)
                .extracting(e -> ((IntakeException) e).error()).isEqualTo(IntakeError.NOT_A_MAILBOX);
    }

    @Test
    void aPasteStartingWithTheWordFromIsNotAMailbox() throws Exception {
        Email e = Intake.fromBytes("From the desk of Mr. James Brown\nI have a business offer for you.\n"
                .getBytes(StandardCharsets.UTF_8), "offer.txt");
        assertThat(e.text()).startsWith("From the desk of Mr. James Brown");
    }

    @Test
    void theEnvelopeLineOfASingleSavedMessageIsNotAHeader() throws Exception {
        String saved = "From x@y.example Mon Jan  1 00:00:00 2024\nFrom: Bank <a@bank.example>\nSubject: hi\n"
                + "Date: Mon, 1 Jan 2024 00:00:00 +0000\n\nbody here\n";
        for (Email e : List.of(Intake.fromPaste(saved), Intake.fromBytes(saved.getBytes(StandardCharsets.UTF_8), "m.eml"))) {
            assertThat(e.headers()).extracting(h -> h.name()).containsExactly("From", "Subject", "Date");
            assertThat(e.body()).isEqualTo("body here\n");
            assertThat(e.notes()).isEmpty();
        }
    }

    @Test
    void theCommandLineChecksEachMessageOfAnMbox() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"check", "--json", BOX.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(lines.get(i)).startsWith("{\"file\":\"" + BOX.toString().replace("\\", "\\\\") + "#" + (i + 1) + "\"")
                    .contains("\"verdict\":");
        }
        assertThat(lines.get(1)).contains("Seu acesso foi bloqueado");
    }

    /** Messages with the awkward cases: CRLF lines, quoted "From " lines, a blank message, no newline at the end. */
    private static final String AWKWARD = "From a@example.org Mon Jan  1 00:00:00 2024\r\n"
            + "From: A <a@example.org>\r\nSubject: one\r\n\r\nLine one\r\n>From here on\r\nFrom inside, not after a blank line\r\n\r\n"
            + "From b@example.org Mon Jan  1 00:00:00 2024\n"
            + "From: B <b@example.org>\nSubject: two\n\n>>From twice quoted\n\n"
            + "From - Mon Jan  1 00:00:00 2024\n\n \t\n\n"
            + "From c@example.org Mon Jan  1 00:00:00 2024\n"
            + "From: C <c@example.org>\nSubject: three\n"
            + "\nFrom d@example.org Mon Jan  1 00:00:00 2024\n"
            + "From: D <d@example.org>\nSubject: four\n\nlast line without a newline";

    @Test
    void theMessagesFoundDoNotDependOnHowTheFileIsReadInPieces(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("awkward.mbox");
        Files.writeString(file, AWKWARD, StandardCharsets.UTF_8);
        Mailbox inMemory = Mailbox.of(AWKWARD.getBytes(StandardCharsets.UTF_8));
        assertThat(inMemory.entries()).extracting(Mailbox.Entry::subject).containsExactly("one", "two", "three", "four");
        assertThat(new String(inMemory.messageBytes(1), StandardCharsets.UTF_8)).isEqualTo(
                "From: A <a@example.org>\r\nSubject: one\r\n\r\nLine one\r\nFrom here on\r\nFrom inside, not after a blank line\r\n");
        assertThat(new String(inMemory.messageBytes(2), StandardCharsets.UTF_8))
                .isEqualTo("From: B <b@example.org>\nSubject: two\n\n>From twice quoted\n");
        assertThat(new String(inMemory.messageBytes(3), StandardCharsets.UTF_8))
                .isEqualTo("From: C <c@example.org>\nSubject: three\n");
        assertThat(new String(inMemory.messageBytes(4), StandardCharsets.UTF_8))
                .isEqualTo("From: D <d@example.org>\nSubject: four\n\nlast line without a newline");
        for (int chunk : new int[] {1, 2, 3, 5, 7, 64, 1 << 20}) {
            Mailbox box = Mailbox.of(file, chunk);
            assertThat(box.entries()).as("read %d bytes at a time", chunk).isEqualTo(inMemory.entries());
            for (int n = 1; n <= box.size(); n++) {
                assertThat(box.messageBytes(n)).as("message %d, read %d bytes at a time", n, chunk)
                        .isEqualTo(inMemory.messageBytes(n));
            }
        }
    }

    @Test
    void aLargeMessageReadFromTheFileHasItsQuotedLinesUnquotedLikeASmallOne(@TempDir Path dir) throws Exception {
        // Over 256 kB, a message is read from the file in place, its "From " quotes skipped as it is read.
        StringBuilder body = new StringBuilder();
        Random r = new Random(9);
        while (body.length() < 600_000) {
            int kind = r.nextInt(6);
            body.append(kind == 0 ? ">From the desk of the editor.\n" : kind == 1 ? ">>From far away.\n"
                    : kind == 2 ? ">Fro not quite\n" : kind == 3 ? "\n" : "An ordinary line of text, " + r.nextInt(1000) + ".\n");
        }
        body.append(">From the very last line");
        String mbox = "From a@example.org Mon Jan  1 00:00:00 2024\nFrom: A <a@example.org>\nSubject: long\n\n"
                + body + "\n\n" + "From b@example.org Mon Jan  1 00:00:00 2024\nFrom: B <b@example.org>\nSubject: short\n\nHi\n";
        Path file = dir.resolve("quoted.mbox");
        Files.writeString(file, mbox, StandardCharsets.UTF_8);
        Mailbox inFile = Intake.mailbox(file);
        Mailbox inMemory = Mailbox.of(mbox.getBytes(StandardCharsets.UTF_8));
        assertThat(inFile.messageSize(1)).isGreaterThan(Mailbox.READ_IN_PLACE);
        Email a = inFile.message(1);
        Email b = inMemory.message(1);
        assertThat(a.text()).isEqualTo(b.text()).contains("\nFrom the desk of the editor.\n")
                .contains("\n>From far away.\n").contains("\n>Fro not quite\n").contains("\nFrom the very last line")
                .doesNotContain("\n>From the desk");
        assertThat(inFile.message(2).body()).isEqualTo("Hi\n");

        // The same bytes whatever the size of each read.
        byte[] expected = inMemory.messageBytes(1);
        java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file);
        try (ch) {
            long start = mbox.indexOf("From: A");
            Bytes unquoted = Bytes.of(ch, start, start + inFile.messageSize(1)).withoutFromQuotes(100_000);
            assertThat(unquoted.length()).isEqualTo(expected.length);
            for (int step : new int[] {1, 7, 4096, 1 << 20}) {
                byte[] got = new byte[expected.length];
                int at = 0;
                while (at < got.length) {
                    int n = unquoted.read(at, got, at, Math.min(step, got.length - at));
                    assertThat(n).isPositive();
                    at += n;
                }
                assertThat(got).as("read %d bytes at a time", step).isEqualTo(expected);
            }
        }
    }

    @Test
    void aMailboxFileLargerThanTheLimitForOneMessageIsListedAndRead(@TempDir Path dir) throws Exception {
        // 300 messages, every tenth with a 2 MB attachment: about 84 MB, more than one message may be.
        String attachment = Base64.getMimeEncoder().encodeToString(randomBytes(2 << 20));
        Path file = dir.resolve("Inbox.mbox");
        try (var w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int i = 1; i <= 300; i++) {
                w.write(message(i, i % 10 == 0 ? attachment : null));
            }
        }
        assertThat(Files.size(file)).isGreaterThan(Limits.STANDARD.maxBytes());
        assertThat(Intake.isMailbox(file)).isTrue();

        Mailbox box = Intake.mailbox(file);
        assertThat(box.size()).isEqualTo(300);
        List<String> subjects = box.entries().stream().map(Mailbox.Entry::subject).toList();
        assertThat(subjects.get(0)).isEqualTo("Note 1");
        assertThat(subjects.get(299)).isEqualTo("Note 300");
        assertThat(subjects).doesNotHaveDuplicates();
        Email last = box.message(300);
        assertThat(last.subject()).contains("Note 300");
        assertThat(last.attachments()).singleElement().satisfies(a -> assertThat(a.size()).isEqualTo(2L << 20));
        assertThat(box.message(151).body()).startsWith("Message 151 of the box.");
        // Opened as one message, the first is checked and the note counts them all.
        Email first = Intake.fromFile(file);
        assertThat(first.subject()).contains("Note 1");
        assertThat(first.notes()).extracting(t -> t.key()).containsExactly("intake.note.mailbox-first");
    }

    @Test
    void aMessageOverTheLimitIsRefusedAndTheOthersAreChecked(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.mbox");
        String line = "x".repeat(75) + "\n";
        try (var w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write(message(1, null));
            w.write("From huge@example.org Tue Nov 24 10:00:00 2026\nFrom: huge@example.org\nSubject: Huge\n\n");
            for (long written = 0; written <= Limits.STANDARD.maxBytes(); written += line.length()) {
                w.write(line);
            }
            w.write("\n");
            w.write(message(3, null));
        }
        Mailbox box = Intake.mailbox(file);
        assertThat(box.size()).isEqualTo(3);
        assertThat(box.messageSize(2)).isGreaterThan(Limits.STANDARD.maxBytes());
        assertThat(box.entries()).extracting(Mailbox.Entry::subject).containsExactly("Note 1", "Huge", "Note 3");
        assertThatThrownBy(() -> box.message(2)).isInstanceOf(IntakeException.class)
                .extracting(e -> ((IntakeException) e).error()).isEqualTo(IntakeError.TOO_LARGE);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"check", "--json", file.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("#1\"").contains("\"verdict\":");
        assertThat(lines.get(1)).contains("#2\"").contains("\"code\":\"too-large\"").doesNotContain("\"verdict\":");
        assertThat(lines.get(2)).contains("#3\"").contains("\"verdict\":").contains("Message 3 of the box.");
        assertThat(status).as("a message could not be read").isNotZero();
    }

    @Test
    void theCommandLineReadsEachMessageOnlyWhenItsTurnComes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("inbox.mbox");
        Files.writeString(file, message(1, null) + message(2, null) + message(3, null), StandardCharsets.US_ASCII);
        // When the first result is printed, the last message is changed in the file (same length): its
        // result shows the change, so it was read after the first result was out, not before.
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            private boolean changed;

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                super.write(b, off, len);
                if (!changed && toString(StandardCharsets.UTF_8).contains("\n")) {
                    changed = true;
                    try {
                        String all = Files.readString(file, StandardCharsets.US_ASCII);
                        Files.writeString(file, all.replace("Message 3 of the box.", "Changed 3 of the box."),
                                StandardCharsets.US_ASCII);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        };
        int status = Cli.run(new String[] {"check", "--json", file.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(status).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("Message 1 of the box.");
        assertThat(lines.get(2)).contains("Changed 3 of the box.");
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(5).nextBytes(b);
        return b;
    }

    /** One message in mbox form, with a base64 attachment when one is given. */
    static String message(int i, String attachment) {
        StringBuilder m = new StringBuilder();
        m.append("From sender").append(i).append("@example.org Tue Nov 24 10:00:00 2026\n")
                .append("From: Sender ").append(i).append(" <sender").append(i).append("@example.org>\n")
                .append("To: you@example.com\nSubject: Note ").append(i)
                .append("\nDate: Tue, 24 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n");
        String text = "Message " + i + " of the box. The book club meets on Thursday at 7.\n"
                + ">From the library: the book is due back next week.\n";
        if (attachment == null) {
            m.append("Content-Type: text/plain; charset=utf-8\n\n").append(text);
        } else {
            m.append("Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n").append(text)
                    .append("--b\nContent-Type: application/zip; name=\"photos").append(i).append(".zip\"\n")
                    .append("Content-Disposition: attachment; filename=\"photos").append(i).append(".zip\"\n")
                    .append("Content-Transfer-Encoding: base64\n\n").append(attachment.replace("\r\n", "\n"))
                    .append("\n--b--\n");
        }
        return m.append("\n").toString();
    }
}
