package io.scamcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The built command line checks a mailbox file of about 190 MB (400 messages, five with a 20 MB attachment
 * and 35 with a 1 MB one) in a 40 MB heap, less than the program itself (about 22 MB) and the largest
 * message (28 MB) need together: the file is gone through once to find where its messages are, and each
 * message is read by the parser from the file, a piece at a time, when its turn comes. Memory grows neither
 * with the file nor with the size of a message. Each result line is printed as its message is checked.
 */
class BigMailboxIT {
    private static final int MESSAGES = 400;

    @Test
    void aMailboxLargerThanTheHeapGivesOneResultPerMessageInOrder(@TempDir Path dir) throws Exception {
        Path jar = Path.of(System.getProperty("scamcheck.jar", "target/scamcheck.jar"));
        assumeTrue(Files.exists(jar), "the jar is built by mvn package");
        Path box = write(dir.resolve("Inbox.mbox"));
        assertThat(Files.size(box)).isGreaterThan(150L << 20);

        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx40m", "-jar", jar.toString(), "check", "--json", "--no-progress", box.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        long started = System.nanoTime();
        long firstLine = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (firstLine < 0) {
                    firstLine = System.nanoTime() - started;
                }
                lines.add(line);
            }
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        long all = System.nanoTime() - started;
        assertThat(p.exitValue()).as(String.join("\n", lines.stream().filter(l -> l.contains("\"error\""))
                .map(l -> l.substring(0, Math.min(400, l.length()))).toList())).isZero();

        assertThat(lines).hasSize(MESSAGES);
        String name = "{\"file\":\"" + box.toString().replace("\\", "\\\\") + "#";
        for (int i = 0; i < MESSAGES; i++) {
            assertThat(lines.get(i)).as("result %d", i + 1).startsWith(name + (i + 1) + "\"")
                    .contains("\"verdict\":").doesNotContain("\"error\"");
        }
        assertThat(lines.get(98)).contains("holiday99.zip");
        assertThat(lines.get(298)).contains("holiday299.zip");
        assertThat(lines.get(399)).contains("holiday400.zip").contains("From the library");
        assertThat(lines.get(9)).contains("photos10.zip");
        // Streamed: the first result comes long before the last (it does not wait for the whole file).
        assertThat(firstLine).as("first result after %d ms of %d ms", firstLine / 1_000_000, all / 1_000_000)
                .isLessThan(all / 2);
    }

    /** 400 messages: every tenth with a 1 MB attachment; the 99th, 199th, 299th, 399th and 400th with a 20 MB one. */
    static Path write(Path file) throws Exception {
        Random random = new Random(17);
        String small = attachment(random, 1 << 20);
        String big = attachment(random, 20 << 20);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int i = 1; i <= MESSAGES; i++) {
                w.write("From sender" + i + "@example.org Tue Nov 24 10:00:00 2026\n");
                w.write("From: Sender " + i + " <sender" + i + "@example.org>\nTo: you@example.com\n");
                w.write("Subject: Note " + i + "\nDate: Tue, 24 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n");
                String text = i % 2 == 0
                        ? "Hi Ann,\nThe book club meets on Thursday at 7. Bring the second book.\n"
                        + ">From the library: it is due back next week.\nBen\n"
                        : "Your Windows license has expired and your computer is blocked.\n"
                        + "Call Microsoft Support now at 1-844-286-1916 to restore access.\n";
                // 99 to 399 are read from the file in place; 400 has a quoted ">From " line and is copied
                boolean large = i % 100 == 99 || i == 400;
                String data = large ? big : i % 10 == 0 ? small : null;
                if (data == null) {
                    w.write("Content-Type: text/plain; charset=utf-8\n\n" + text);
                } else {
                    String zip = (large ? "holiday" : "photos") + i + ".zip";
                    w.write("Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n");
                    w.write(text);
                    w.write("--b\nContent-Type: application/zip; name=\"" + zip + "\"\n"
                            + "Content-Disposition: attachment; filename=\"" + zip + "\"\n"
                            + "Content-Transfer-Encoding: base64\n\n");
                    w.write(data);
                    w.write("\n--b--\n");
                }
                w.write("\n");
            }
        }
        return file;
    }

    private static String attachment(Random random, int size) {
        byte[] data = new byte[size];
        random.nextBytes(data);
        return Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(data);
    }
}
