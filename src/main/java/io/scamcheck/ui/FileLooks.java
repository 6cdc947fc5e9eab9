package io.scamcheck.ui;

import io.scamcheck.intake.Intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Names the two kinds of file people most often drop by mistake, a PDF and a picture, so the window can say
 * in plain words what the file is. Asked only after intake has refused the file as not a message.
 */
final class FileLooks {
    private FileLooks() {
    }

    /** "pdf", "image", or null when the file is neither (or cannot be read). */
    static String of(Path file) {
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readNBytes(16);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return of(b);
    }

    static String of(byte[] b) {
        String kind = Intake.fileKind(b);
        if ("PDF document".equals(kind)) {
            return "pdf";
        }
        return "image".equals(kind) ? "image" : null;
    }
}
