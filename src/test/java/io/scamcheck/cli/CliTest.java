package io.scamcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.scamcheck.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void jsonHasOneObjectPerInputOnOneLineWithTheContractFields() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Hello Ann,\nSee you at lunch on Friday.\nBen\n");
        CliRun r = run("", "check", "--json", a.toString(), a.toString());
        assertThat(r.status()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("{\"file\":\"" + a.toString().replace("\\", "\\\\") + "\"")
                .contains("\"verdict\":\"no-signs-found\"", "\"findings\":[", "\"language\":\"en\"",
                        "\"text\":\"Hello Ann,\\nSee you at lunch on Friday.\\nBen\\n\"");
    }

    @Test
    void dashReadsStandardInput() {
        CliRun r = run("Hello from standard input\n", "check", "--json", "-");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"file\":\"-\"", "Hello from standard input");
    }

    @Test
    void anUnreadableFileGivesAnErrorObjectAndExitTwoButTheRunGoesOn() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Lunch on Friday?");
        Path pdf = Files.write(dir.resolve("letter.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = run("", "check", "--json", dir.resolve("missing.eml").toString(), pdf.toString(), good.toString());
        assertThat(r.status()).isEqualTo(2);
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("\"error\":", "\"code\":\"not-found\"");
        assertThat(lines[1]).contains("\"error\":\"This file is not an email message.", "\"code\":\"not-a-message\"");
        assertThat(lines[2]).contains("\"verdict\":");
        assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void anEmptyPasteIsAnError() {
        CliRun r = run("  \n", "check", "--json", "-");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).contains("\"code\":\"empty\"");
    }

    @Test
    void badUsageExplainsItself() {
        CliRun r = run("", "check");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("Usage:");
    }

    @Test
    void plainOutputNamesTheVerdict() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "See you at lunch on Friday.");
        CliRun r = run("", "check", a.toString());
        assertThat(r.out()).contains("no-signs-found", "No common scam signs found");
    }

    @Test
    void aForwardedScamIsCheckedInsideAndTheJsonSaysSo() throws Exception {
        Path fwd = Path.of("src/test/resources/intake/forwarded-gmail.eml");
        CliRun r = run("", "check", "--json", fwd.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"notes\":[\"").contains("Anna Lee");
    }

    @Test
    void plainOutputSaysWhyAndJsonListsTheReasons() throws Exception {
        Path scam = io.scamcheck.testing.Fixtures.sharedFile("samples/seed-tech-support-scam.txt");
        CliRun plain = run("", "check", scam.toString());
        assertThat(plain.out()).contains("likely-scam").containsPattern("\\n  Why: [^\\n]+; [^\\n]+\\.\\n");
        CliRun json = run("", "check", "--json", scam.toString());
        assertThat(json.out()).containsPattern("\"reasons\":\\[\\{\"kind\":\"[a-z-]+\",\"title\":\"[^\"]+\"\\}");
        Path calm = Files.writeString(dir.resolve("calm.txt"), "See you at lunch on Friday.");
        assertThat(run("", "check", calm.toString()).out()).doesNotContain("Why:");
        assertThat(run("", "check", "--json", calm.toString()).out()).contains("\"reasons\":[]");
    }
}
