package io.scamcheck.ui;

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
        if (starts(b, '%', 'P', 'D', 'F')) {
            return "pdf";
        }
        if (starts(b, 0x89, 'P', 'N', 'G') || starts(b, 0xff, 0xd8, 0xff) || starts(b, 'G', 'I', 'F', '8')
                || starts(b, 'B', 'M') && b.length > 14 && b[6] == 0 && b[7] == 0
                || starts(b, 'R', 'I', 'F', 'F') && b.length > 11 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                || starts(b, 0x49, 0x49, 0x2a, 0x00) || starts(b, 0x4d, 0x4d, 0x00, 0x2a)) {
            return "image";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... sig) {
        if (b.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xff) != (sig[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }
}
