package io.scamcheck.intake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text without ever losing the text. A declared charset is used when Java knows it and the bytes
 * fit it; otherwise (no charset, an unknown one, "us-ascii" with 8-bit bytes, UTF-8 that is not UTF-8) the
 * bytes are read as UTF-8 when they are valid UTF-8, else as Windows-1252, which maps every byte.
 */
final class Charsets {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {
    }

    /** Text of unknown encoding: a byte order mark, else UTF-8 when valid, else Windows-1252. */
    static String decodeText(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Text in a declared charset (may be null). Windows-1252 stands in for ISO-8859-1 and US-ASCII, as mail
     * programs do, since it is a superset that shows curly quotes and the euro sign.
     */
    static String decode(byte[] bytes, Charset declared) {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            offset = 3;
            declared = StandardCharsets.UTF_8;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (declared != null && !isAsciiOrUtf8(declared)) {
            Charset cs = declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared;
            String strict = strict(bytes, offset, cs);
            if (strict != null) {
                return strict;
            }
            String utf8 = strict(bytes, offset, StandardCharsets.UTF_8);
            if (utf8 != null) {
                return utf8; // UTF-8 sent with the wrong label
            }
            if (cs == WINDOWS_1252) {
                // The few bytes Windows-1252 leaves undefined: ISO-8859-1 maps every byte.
                return new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
            }
            // Bytes that do not fit the declared charset: the declaration is wrong; sniff below.
        }
        String utf8 = strict(bytes, offset, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        if (declared != null && declared.equals(StandardCharsets.UTF_8) && mostlyUtf8(bytes, offset)) {
            // A few broken bytes in real UTF-8 text: keep the rest, mark the broken ones.
            return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        }
        return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
    }

    private static boolean isAsciiOrUtf8(Charset cs) {
        return cs.equals(StandardCharsets.US_ASCII) || cs.equals(StandardCharsets.UTF_8);
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException | RuntimeException e) {
            return null;
        }
    }

    /** Whether at most one byte sequence in fifty non-ASCII ones is broken UTF-8. */
    private static boolean mostlyUtf8(byte[] bytes, int offset) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(Math.min(8192, bytes.length + 1));
        int bad = 0;
        int nonAscii = 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                nonAscii++;
            }
        }
        while (true) {
            CoderResult r = d.decode(in, out, true);
            out.clear();
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                bad++;
                in.position(in.position() + r.length());
            }
        }
        return bad * 50 <= Math.max(1, nonAscii / 2);
    }
}
