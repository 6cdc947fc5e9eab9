package io.scamcheck.testing;

import io.scamcheck.detect.Analysis;
import io.scamcheck.detect.Analyzer;
import io.scamcheck.detect.Detector;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.detect.Report;
import io.scamcheck.intake.Intake;
import io.scamcheck.intake.IntakeException;
import io.scamcheck.knowledge.Knowledge;
import io.scamcheck.model.Email;
import io.scamcheck.model.Span;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Shared helpers for tests: messages from strings, detectors run alone, the shared folder beside the repo. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Pasted text, as a person would paste it (the body alone, or a full source with headers). */
    public static Email paste(String text) {
        try {
            return Intake.fromPaste(text);
        } catch (IntakeException e) {
            throw new AssertionError(e);
        }
    }

    /** A message source read as an .eml file. */
    public static Email eml(String source) {
        try {
            return Intake.fromBytes(source.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "test.eml");
        } catch (IntakeException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs one detector alone on a message. */
    public static List<Finding> run(Detector detector, Email email) {
        return detector.detect(new Analysis(email, Knowledge.standard()));
    }

    /** Runs every detector and the verdict. */
    public static Report analyze(Email email) {
        return Analyzer.standard().analyze(email);
    }

    /** The words of every span of every finding of this kind, in order. */
    public static List<String> words(Email email, List<Finding> findings, Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).flatMap(f -> f.spans().stream())
                .map(s -> s.textOf(email.text())).toList();
    }

    public static boolean fired(List<Finding> findings, Kind kind) {
        return findings.stream().anyMatch(f -> f.kind() == kind);
    }

    /** The shared folder beside the project (DESIGN.md, samples, corpus), or empty when it is absent. */
    public static Optional<Path> shared() {
        String prop = System.getProperty("shared.dir");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "shared");
        return Files.isDirectory(p) ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
    }

    /** A file under the shared folder; the test is skipped (not failed) when it is absent. */
    public static Path sharedFile(String relative) {
        Optional<Path> dir = shared();
        assumeTrue(dir.isPresent(), "../shared is absent");
        Path p = dir.get().resolve(relative);
        assumeTrue(Files.exists(p), relative + " is absent");
        return p;
    }

    public static String textOf(Email email, Span span) {
        return span.textOf(email.text());
    }
}
