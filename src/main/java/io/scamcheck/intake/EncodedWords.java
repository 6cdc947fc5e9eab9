package io.scamcheck.intake;

import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words ({@code =?UTF-8?B?...?=}) in header values, decoded leniently: words inside
 * quotes or glued to other text are decoded too (scam mail does this), adjacent words of one charset are
 * joined before decoding (so a character split across two words survives), and an unknown charset or a
 * broken encoding keeps the text instead of failing.
 */
final class EncodedWords {
    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]{1,40})\\?([bBqQ])\\?([^?\\s]{0,2000})\\?=");

    private EncodedWords() {
    }

    static String decode(String value) {
        if (value == null || value.indexOf("=?") < 0) {
            return value == null ? "" : value;
        }
        Matcher m = WORD.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        int last = 0;
        boolean lastWasWord = false;
        while (m.find()) {
            String gap = value.substring(last, m.start());
            boolean joinable = lastWasWord && gap.isBlank();
            String charset = m.group(1);
            int star = charset.indexOf('*');
            if (star >= 0) {
                charset = charset.substring(0, star); // RFC 2231 language suffix
            }
            if (!joinable || !charset.equalsIgnoreCase(pendingCharset)) {
                flush(out, pending, pendingCharset);
                pendingCharset = charset;
            }
            if (!joinable) {
                out.append(gap);
            }
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? base64(m.group(3)) : quoted(m.group(3));
            pending.write(bytes, 0, bytes.length);
            last = m.end();
            lastWasWord = true;
        }
        flush(out, pending, pendingCharset);
        out.append(value, last, value.length());
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        if (pending.size() == 0) {
            return;
        }
        String text = Charsets.decode(pending.toByteArray(), charsetOf(charset));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '\r' || c == '\n' || c == '\t' ? ' ' : c);
        }
        pending.reset();
    }

    static Charset charsetOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name.strip()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] base64(String s) {
        StringBuilder clean = new StringBuilder(s.length() + 3);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/') {
                clean.append(c);
            }
        }
        int rest = clean.length() % 4;
        if (rest == 1) {
            clean.setLength(clean.length() - 1); // a lone sixth of a byte carries nothing
        } else if (rest > 1) {
            clean.append("==", 0, 4 - rest);
        }
        try {
            return Base64.getDecoder().decode(clean.toString());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static byte[] quoted(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                b.write(' ');
            } else if (c == '=' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                b.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                b.write(c < 0x100 ? c : '?');
            }
        }
        return b.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
