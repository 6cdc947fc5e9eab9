package io.scamcheck.report;

import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/** Saves a report as a file whose name says its type: {@code .html} (or {@code .htm}) or {@code .pdf}. */
public final class ReportFiles {
    public enum Type { HTML, PDF }

    private static final int MAX_NAME = 60;

    private ReportFiles() {
    }

    /** The type a file name asks for, or empty when it ends in neither .html/.htm nor .pdf. */
    public static Optional<Type> typeOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(Type.HTML);
        }
        if (name.endsWith(".pdf")) {
            return Optional.of(Type.PDF);
        }
        return Optional.empty();
    }

    /**
     * Writes the report, replacing a file of that name. It is written to a temporary file beside it first and
     * then moved in place, so a failure never leaves half a report.
     */
    public static void write(Path file, Report report, Messages messages, ZonedDateTime checkedAt)
            throws IOException {
        Type type = typeOf(file).orElseThrow(() -> new IllegalArgumentException("not .html or .pdf: " + file));
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        // Named by hand rather than with createTempFile, so the report gets the usual permissions, not 0600.
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                if (type == Type.HTML) {
                    out.write(HtmlReport.of(report, messages, checkedAt).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(PdfReport.of(report, messages, checkedAt));
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A file name for the report from the message's subject: letters, digits and dashes only, short, never
     * empty (then {@code fallback}), without the extension.
     */
    public static String baseName(Report report, String fallback) {
        String subject = report.email().subject().orElse("");
        String s = java.text.Normalizer.normalize(subject, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > MAX_NAME) {
            s = s.substring(0, MAX_NAME).replaceAll("-+$", "");
        }
        return s.isEmpty() ? fallback : fallback + "-" + s;
    }
}
