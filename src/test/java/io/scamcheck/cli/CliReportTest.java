package io.scamcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.scamcheck.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

class CliReportTest {
    private static final String SCAM = "Your Windows license is suspended. Call Microsoft Support at 1-844-286-1916 "
            + "now or your computer will be locked within 24 hours.";

    @Test
    void savesAnHtmlReportAndReplacesAnOldOne(@TempDir Path dir) throws Exception {
        Path msg = Files.writeString(dir.resolve("m.txt"), SCAM);
        Path html = dir.resolve("report.html");
        Files.writeString(html, "old");
        CliRun r = run("", "check", "--report", html.toString(), msg.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("likely-scam");
        assertThat(r.err()).contains("Report saved").contains("report.html");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("This is very likely a scam");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("m.txt", "report.html");
        }
    }

    @Test
    void savesAPdfFromStandardInput(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("Report.PDF");
        CliRun r = run(SCAM, "check", "--report=" + pdf, "-");
        assertThat(r.status()).isZero();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void refusesAnUnknownTypeOrSeveralMessages(@TempDir Path dir) throws Exception {
        Path msg = Files.writeString(dir.resolve("m.txt"), SCAM);
        CliRun wrongType = run("", "check", "--report", dir.resolve("r.docx").toString(), msg.toString());
        assertThat(wrongType.status()).isEqualTo(Cli.USAGE);
        assertThat(wrongType.err()).contains(".html or .pdf");
        CliRun two = run("", "check", "--report", dir.resolve("r.html").toString(), msg.toString(), msg.toString());
        assertThat(two.status()).isEqualTo(Cli.USAGE);
        assertThat(Files.exists(dir.resolve("r.html"))).isFalse();
        CliRun missing = run("", "check", "--report");
        assertThat(missing.status()).isEqualTo(Cli.USAGE);
    }

    @Test
    void anUnreadableMessageSavesNoReport(@TempDir Path dir) {
        CliRun r = run("", "check", "--report", dir.resolve("r.html").toString(), dir.resolve("absent.eml").toString());
        assertThat(r.status()).isEqualTo(Cli.UNREADABLE);
        assertThat(Files.exists(dir.resolve("r.html"))).isFalse();
    }
}
