package io.scamcheck.intake;

/** Recognises files that are not messages (documents, pictures, archives, programs, binary noise). */
final class FileSniffer {
    private FileSniffer() {
    }

    static void refuseNonMessages(byte[] b, String name) throws IntakeException {
        String what = kind(b);
        if (what != null) {
            throw new IntakeException(IntakeError.NOT_A_MESSAGE, what);
        }
    }

    /** An OLE compound file: an Outlook .msg, or another Office document. */
    static boolean isOle(byte[] b) {
        return starts(b, 0xd0, 0xcf, 0x11, 0xe0);
    }

    /** A short technical name of what the bytes are, or null when they may be text. */
    static String kind(byte[] b) {
        if (starts(b, "%PDF")) {
            return "PDF document";
        }
        if (starts(b, 0x89, 'P', 'N', 'G') || starts(b, 0xff, 0xd8, 0xff) || starts(b, "GIF8")
                || starts(b, "BM") && b.length > 14 && b[6] == 0 && b[7] == 0
                || starts(b, "RIFF") && b.length > 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                || starts(b, 0x49, 0x49, 0x2a, 0x00) || starts(b, 0x4d, 0x4d, 0x00, 0x2a)) {
            return "image";
        }
        if (starts(b, 'P', 'K', 3, 4) || starts(b, 0x1f, 0x8b) || starts(b, '7', 'z', 0xbc, 0xaf)
                || starts(b, "Rar!") || starts(b, 'B', 'Z', 'h')) {
            return "archive";
        }
        if (starts(b, 0xd0, 0xcf, 0x11, 0xe0)) {
            return "Office document";
        }
        if (starts(b, 0x7f, 'E', 'L', 'F') || starts(b, 'M', 'Z')) {
            return "program";
        }
        if (starts(b, 0xff, 0xfe) || starts(b, 0xfe, 0xff)) {
            return null; // UTF-16 text with its byte order mark: the zero bytes are half of each letter
        }
        int sample = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int c = b[i] & 0xff;
            if (c == 0 || c < 0x09 || c > 0x0d && c < 0x20 && c != 0x1b) {
                control++;
            }
        }
        if (sample > 0 && control * 20 > sample) {
            return "binary data";
        }
        return null;
    }

    private static boolean starts(byte[] b, String s) {
        if (b.length < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[i] != (byte) s.charAt(i)) {
                return false;
            }
        }
        return true;
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
