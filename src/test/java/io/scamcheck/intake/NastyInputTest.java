package io.scamcheck.intake;

import io.scamcheck.cli.Cli;
import io.scamcheck.detect.Analyzer;
import io.scamcheck.detect.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The folder of nasty inputs (src/test/resources/intake-nasty) plus big ones made here: every one must give
 * a result or a named error, never an exception, within the time per message; some must give a given error.
 */
class NastyInputTest {
    static final Path DIR = Path.of("src", "test", "resources", "intake-nasty");
    private static final String H = "From: x@example.com\r\nTo: y@example.com\r\nSubject: nasty\r\n"
            + "Date: Mon, 1 Jun 2020 00:00:00 +0000\r\nMIME-Version: 1.0\r\n";

    /** Named errors some inputs must give; every other input must be read. */
    private static final Map<String, IntakeError> EXPECTED = Map.ofEntries(
            Map.entry("deeply-nested-multipart.eml", IntakeError.TOO_DEEP),
            Map.entry("deeply-nested-rfc822.eml", IntakeError.TOO_DEEP),
            Map.entry("too-many-parts.eml", IntakeError.TOO_MANY_PARTS),
            Map.entry("nul-heavy.bin", IntakeError.NOT_A_MESSAGE),
            Map.entry("binary-noise.bin", IntakeError.NOT_A_MESSAGE),
            Map.entry("empty.eml", IntakeError.EMPTY),
            Map.entry("blank.txt", IntakeError.EMPTY),
            Map.entry("document.pdf", IntakeError.NOT_A_MESSAGE),
            Map.entry("picture.png", IntakeError.NOT_A_MESSAGE),
            Map.entry("archive.zip", IntakeError.NOT_A_MESSAGE),
            Map.entry("program.exe", IntakeError.NOT_A_MESSAGE),
            Map.entry("office.doc", IntakeError.NOT_A_MESSAGE),
            Map.entry("long-line.eml", IntakeError.LINE_TOO_LONG));

    @TempDir
    static Path generated;

    @BeforeAll
    static void makeBigInputs() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            s.append("Received: from relay").append(i).append(".example.net ([192.0.2.").append(i % 250)
                    .append("]) by mx.example.com; Mon, 1 Jun 2020 00:00:00 +0000\r\n");
        }
        s.append("Subject: ").append("fold\r\n ".repeat(5000)).append("end\r\n");
        s.append("From: \"").append("A".repeat(200_000)).append("\" <a@example.com>\r\n\r\nbody after huge headers\r\n");
        Files.writeString(generated.resolve("huge-headers.eml"), s);

        StringBuilder links = new StringBuilder("<p>");
        for (int i = 0; i < 20_000; i++) {
            links.append("<a href=\"http://l").append(i).append(".example/\">link ").append(i).append("</a> ");
        }
        Files.writeString(generated.resolve("many-links.html"), links);

        Files.writeString(generated.resolve("css-bomb.eml"), H + "Content-Type: text/html\r\n\r\n<style>"
                + ".a{".repeat(3000) + "display:none" + "}".repeat(3000) + ".x{background:url(data:image/png;base64,"
                + "A".repeat(900_000) + ")}</style><p class=\"x\">text</p>\r\n");

        Files.writeString(generated.resolve("long-line.eml"), H + "Content-Type: text/plain\r\n\r\n"
                + "x".repeat(Limits.STANDARD.maxLineChars() + 10) + "\r\n");

        Files.writeString(generated.resolve("deep-html.html"), "<div>\n".repeat(100_000) + "deep words"
                + "</div>\n".repeat(100_000));

        // A 50 MB message: a short text and a big base64 attachment, written as a stream.
        Path big = generated.resolve("big-attachment.eml");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write((H + "Content-Type: multipart/mixed; boundary=\"big\"\r\n\r\n--big\r\n"
                    + "Content-Type: text/plain\r\n\r\nSee the attached invoice.\r\n--big\r\n"
                    + "Content-Type: application/octet-stream; name=\"invoice.iso\"\r\n"
                    + "Content-Disposition: attachment; filename=\"invoice.iso\"\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[57 * 1000];
            new java.util.Random(1).nextBytes(chunk);
            String line = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(chunk) + "\r\n";
            byte[] lineBytes = line.getBytes(StandardCharsets.US_ASCII);
            long written = 0;
            while (written < 50L * 1024 * 1024 - lineBytes.length) {
                out.write(lineBytes);
                written += lineBytes.length;
            }
            out.write("--big--\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    static List<Path> allInputs() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> a = Files.list(DIR); Stream<Path> b = Files.list(generated)) {
            a.filter(p -> !p.getFileName().toString().equals("README.md")).forEach(all::add);
            b.forEach(all::add);
        }
        all.sort(null);
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyNastyInputGivesAResultOrANamedErrorInTime() throws IOException {
        Analyzer analyzer = Analyzer.standard();
        return allInputs().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            long t0 = System.nanoTime();
            IntakeError error = null;
            Report report = null;
            try {
                report = TimeLimit.run(() -> analyzer.analyze(Intake.fromFile(p)));
            } catch (IntakeException e) {
                error = e.error();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(ms).as("time for " + p.getFileName()).isLessThan(TimeLimit.PER_MESSAGE.toMillis());
            assertThat(error).as("error for " + p.getFileName()).isNotEqualTo(IntakeError.TOO_SLOW)
                    .isEqualTo(EXPECTED.get(p.getFileName().toString()));
            if (report != null) {
                IntakeGoldenTest.assertInvariants(report.email());
            }
        }));
    }

    @Test
    void theBigInputsAreReadAsAReaderWouldSeeThem() throws Exception {
        var big = Intake.fromFile(generated.resolve("big-attachment.eml"));
        assertThat(big.body()).startsWith("See the attached invoice.");
        assertThat(big.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("invoice.iso");
            assertThat(a.size()).isGreaterThan(37_000_000L);
        });
        assertThat(Intake.fromFile(generated.resolve("many-links.html")).links()).hasSize(20_000);
        assertThat(Intake.fromFile(generated.resolve("deep-html.html")).text()).isEqualTo("deep words");
        assertThat(Intake.fromFile(generated.resolve("huge-headers.eml")).body()).startsWith("body after huge headers");
        assertThat(Intake.fromFile(DIR.resolve("nested-html.eml")).links()).singleElement()
                .satisfies(l -> assertThat(l.target()).isEqualTo("http://deep.example"));
    }

    @Test
    void checkJsonOnEveryNastyInputPrintsAResultOrAnErrorObjectNeverATrace() throws IOException {
        List<Path> inputs = allInputs();
        List<String> args = new ArrayList<>(List.of("check", "--json"));
        inputs.forEach(p -> args.add(p.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isIn(0, 2);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(inputs.size());
        for (String line : lines) {
            assertThat(line).startsWith("{\"file\":").matches(".*\"(verdict|error)\":.*")
                    .doesNotContain("Exception").doesNotContain("\\tat ");
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
