package io.scamcheck.intake;

import io.scamcheck.model.Email;
import io.scamcheck.model.Link;
import io.scamcheck.model.Span;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: every input in src/test/resources/intake (.eml, .txt, .html, .msg, .mbox) goes through
 * intake, and the result must equal its {@code <case>.expected.txt} (the exact visible text),
 * {@code <case>.links.tsv} (shown text, target, start, end) and {@code <case>.info.txt} (source, header
 * values, attachments, notes, hidden text). Inputs named {@code paste-*} are pasted, not opened as files.
 * Run with {@code -Dgolden.update=true} to write the golden files from what intake produces now (then read
 * the diff before committing it).
 */
class IntakeGoldenTest {
    static final Path DIR = Path.of("src", "test", "resources", "intake");
    private static final List<String> INPUTS = List.of(".eml", ".txt", ".html", ".msg", ".mbox");

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsGoldenFiles() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(IntakeGoldenTest::isInput).sorted().toList();
        }
        assertThat(cases).isNotEmpty();
        return cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    static boolean isInput(Path p) {
        String n = p.getFileName().toString();
        if (n.contains(".expected.") || n.contains(".links.") || n.contains(".info.")) {
            return false;
        }
        return INPUTS.stream().anyMatch(n::endsWith);
    }

    static String caseName(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    /** Reads an input the way a person would bring it: pasted when named paste-*, else as a file. */
    static Email read(Path p) throws Exception {
        String n = p.getFileName().toString();
        if (n.startsWith("paste-")) {
            String s = Files.readString(p, StandardCharsets.UTF_8);
            return n.endsWith(".html") ? Intake.fromPastedHtml(s) : Intake.fromPaste(s);
        }
        return Intake.fromFile(p);
    }

    private static void check(Path input) throws Exception {
        Email email = read(input);
        assertInvariants(email);
        String base = caseName(input);
        String links = linksTsv(email);
        String info = info(email);
        Path expected = DIR.resolve(base + ".expected.txt");
        Path linksFile = DIR.resolve(base + ".links.tsv");
        Path infoFile = DIR.resolve(base + ".info.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, email.text(), StandardCharsets.UTF_8);
            Files.writeString(linksFile, links, StandardCharsets.UTF_8);
            Files.writeString(infoFile, info, StandardCharsets.UTF_8);
            return;
        }
        assertThat(Files.exists(expected)).as("golden file " + expected + " (run with -Dgolden.update=true)").isTrue();
        assertThat(email.text()).as("visible text of " + input).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        assertThat(links).as("links of " + input).isEqualTo(Files.readString(linksFile, StandardCharsets.UTF_8));
        assertThat(info).as("info of " + input).isEqualTo(Files.readString(infoFile, StandardCharsets.UTF_8));
    }

    /** What must hold for any message: spans inside the text and exactly on the words they name. */
    static void assertInvariants(Email email) {
        String text = email.text();
        assertThat(email.bodyStart()).isBetween(0, text.length());
        for (Link l : email.links()) {
            assertThat(l.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(l.span().textOf(text)).as("link span text").isEqualTo(l.shownText());
        }
        for (String h : List.of("From", "To", "Subject", "Date")) {
            email.headerSpan(h).ifPresent(s -> {
                assertThat(s.end()).isLessThanOrEqualTo(email.bodyStart());
                int lineStart = text.lastIndexOf('\n', s.start() - 1) + 1;
                assertThat(text.substring(lineStart, s.start())).isEqualTo(h + ": ");
                assertThat(text.indexOf('\n', s.start())).isEqualTo(s.end());
            });
        }
        for (Span s : email.hiddenTexts().stream().map(io.scamcheck.model.HiddenText::span).toList()) {
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
        }
    }

    static String linksTsv(Email email) {
        StringBuilder sb = new StringBuilder("shown\ttarget\tstart\tend\n");
        for (Link l : email.links()) {
            sb.append(esc(l.shownText())).append('\t').append(esc(l.target())).append('\t')
                    .append(l.span().start()).append('\t').append(l.span().end()).append('\n');
        }
        return sb.toString();
    }

    static String info(Email email) {
        StringBuilder sb = new StringBuilder();
        sb.append("source\t").append(email.source().name().toLowerCase(Locale.ROOT)).append('\n');
        email.from().ifPresent(a -> sb.append("from\t").append(esc(a.displayName())).append('\t')
                .append(esc(a.address())).append('\n'));
        email.replyTo().forEach(a -> sb.append("reply-to\t").append(esc(a.displayName())).append('\t')
                .append(esc(a.address())).append('\n'));
        email.subject().ifPresent(s -> sb.append("subject\t").append(esc(s)).append('\n'));
        email.attachments().forEach(a -> sb.append("attachment\t").append(esc(a.name())).append('\t')
                .append(esc(a.contentType())).append('\t').append(a.size()).append(a.inline() ? "\tinline" : "")
                .append('\n'));
        email.notes().forEach(n -> sb.append("note\t").append(n.key()).append(n.args().isEmpty() ? ""
                : "\t" + esc(n.args().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("\t")))).append('\n'));
        email.hiddenTexts().forEach(h -> sb.append("hidden\t").append(h.reason()).append('\t')
                .append(esc(h.text())).append('\n'));
        return sb.toString();
    }

    static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
