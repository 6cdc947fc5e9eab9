package io.scamcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The built command line checks a message with a 20 MB attachment in a 40 MB heap, less than the program
 * itself (about 22 MB) and the file (29 MB once encoded) need together: the parser reads the file a piece at
 * a time and the attachment is counted as it streams past, neither copied nor decoded into memory.
 */
class SmallHeapIT {
    @Test
    void aTwentyMegabyteAttachmentFitsInAFortyMegabyteHeap(@TempDir Path dir) throws Exception {
        Path jar = Path.of(System.getProperty("scamcheck.jar", "target/scamcheck.jar"));
        assumeTrue(Files.exists(jar), "the jar is built by mvn package");
        byte[] data = new byte[20 << 20];
        new Random(3).nextBytes(data);
        Path file = dir.resolve("photos.eml");
        Files.writeString(file, "From: Ann <ann@example.org>\r\nTo: you@example.com\r\nSubject: Photos\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHere are the photos from Sunday.\r\n"
                + "--b1\r\nContent-Type: application/zip; name=\"photos.zip\"\r\n"
                + "Content-Disposition: attachment; filename=\"photos.zip\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(data)
                + "\r\n--b1--\r\n", StandardCharsets.US_ASCII);
        Path out = dir.resolve("out.json");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx40m", "-jar", jar.toString(), "check", "--json", file.toString()))
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String json = Files.readString(out);
        assertThat(p.exitValue()).as(json).isZero();
        assertThat(json).contains("\"verdict\"").contains("photos.zip").doesNotContain("\"error\"");
    }
}
