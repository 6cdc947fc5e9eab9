package io.scamcheck.detect.crypto;

import io.scamcheck.model.Span;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds strings in a text that look like cryptocurrency wallet addresses and checks each one's built-in
 * checksum, so that a real address can be told from a random string of the same shape.
 */
public final class CryptoAddresses {

    /** What the checksum says about a candidate. */
    public enum Check {
        /** The checksum is right: this is an address money can be sent to. */
        VALID,
        /** The format has no checksum to verify (an Ethereum address written all in one case). */
        NO_CHECKSUM,
        /** It has the shape of an address, but the checksum is wrong. */
        INVALID
    }

    /** One candidate: where it is, what coin and format it would be, and what its checksum says. */
    public record Candidate(Span span, String text, String coin, String format, Check check) {
    }

    private static final String BASE58_CHARS = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String BECH32_CHARS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    private CryptoAddresses() {
    }

    /**
     * Every candidate between from and to, in order of position. A candidate is a whole run of ASCII letters
     * and digits (nothing glued on either side) shaped like one of the address formats.
     */
    public static List<Candidate> find(String text, int from, int to) {
        List<Candidate> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isAlnum(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && isAlnum(text.charAt(i))) {
                i++;
            }
            if (start > 0 && isAlnum(text.charAt(start - 1)) || i < text.length() && isAlnum(text.charAt(i))) {
                continue;
            }
            int len = i - start;
            if (len < 14 || len > 90) {
                continue;
            }
            String token = text.substring(start, i);
            Span span = new Span(start, i);
            Candidate c = null;
            if (len >= 26 && len <= 35 && "13LMDT".indexOf(token.charAt(0)) >= 0 && allIn(token, BASE58_CHARS, false)) {
                c = base58(token, span);
            } else if (isBech32Shape(token)) {
                c = bech32(token, span);
            } else if (len == 42 && token.startsWith("0x") && isHex(token.substring(2))) {
                c = ethereum(token, span);
            }
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean allIn(String s, String chars, boolean ignoreCase) {
        for (int k = 0; k < s.length(); k++) {
            char c = ignoreCase ? Character.toLowerCase(s.charAt(k)) : s.charAt(k);
            if (chars.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBech32Shape(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        String rest = lower.startsWith("bc1") ? lower.substring(3) : lower.startsWith("ltc1") ? lower.substring(4) : null;
        return rest != null && rest.length() >= 6 && rest.length() <= 87 && allIn(rest, BECH32_CHARS, false);
    }

    private static boolean isHex(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A Base58Check candidate. Strings that do not even decode to an address's size are dropped (they are
     * ordinary words or codes); the right size with a wrong checksum is reported as INVALID.
     */
    static Candidate base58(String s, Span span) {
        byte[] payload = Base58Check.payload(s);
        if (payload != null && payload.length == 21) {
            String[] kind = coinOf(payload[0] & 0xff);
            if (kind != null) {
                return new Candidate(span, s, kind[0], kind[1], Check.VALID);
            }
            return null;
        }
        if (!Base58Check.hasAddressShape(s) || !mixesLettersAndDigits(s)) {
            return null;
        }
        String[] kind = coinOf(s.charAt(0));
        return new Candidate(span, s, kind[0], kind[1], Check.INVALID);
    }

    private static boolean mixesLettersAndDigits(String s) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
            digit |= Character.isDigit(c);
        }
        return upper && lower && digit;
    }

    private static String[] coinOf(int version) {
        return switch (version) {
            case 0x00 -> new String[] {"Bitcoin", "P2PKH"};
            case 0x05 -> new String[] {"Bitcoin", "P2SH"};
            case 0x30 -> new String[] {"Litecoin", "P2PKH"};
            case 0x32 -> new String[] {"Litecoin", "P2SH"};
            case 0x1e -> new String[] {"Dogecoin", "P2PKH"};
            case 0x41 -> new String[] {"Tron", "Base58Check"};
            default -> null;
        };
    }

    private static String[] coinOf(char first) {
        return switch (first) {
            case '1' -> new String[] {"Bitcoin", "P2PKH"};
            case '3' -> new String[] {"Bitcoin", "P2SH"};
            case 'L' -> new String[] {"Litecoin", "P2PKH"};
            case 'M' -> new String[] {"Litecoin", "P2SH"};
            case 'D' -> new String[] {"Dogecoin", "P2PKH"};
            default -> new String[] {"Tron", "Base58Check"};
        };
    }

    static Candidate bech32(String s, Span span) {
        String lower = s.toLowerCase(Locale.ROOT);
        String hrp = lower.startsWith("ltc1") ? "ltc" : "bc";
        String coin = hrp.equals("bc") ? "Bitcoin" : "Litecoin";
        Bech32.SegwitAddress a = Bech32.decodeSegwit(hrp, s);
        if (a == null) {
            return new Candidate(span, s, coin, "SegWit", Check.INVALID);
        }
        String format = a.version() == 0 ? "SegWit v0, Bech32" : "SegWit v" + a.version() + ", Bech32m";
        return new Candidate(span, s, coin, format, Check.VALID);
    }

    static Candidate ethereum(String s, Span span) {
        String hex = s.substring(2);
        boolean hasLower = !hex.equals(hex.toUpperCase(Locale.ROOT));
        boolean hasUpper = !hex.equals(hex.toLowerCase(Locale.ROOT));
        if (!(hasLower && hasUpper)) {
            return new Candidate(span, s, "Ethereum", "hex", Check.NO_CHECKSUM);
        }
        return new Candidate(span, s, "Ethereum", "EIP-55",
                eip55(hex) ? Check.VALID : Check.INVALID);
    }

    /** Whether the mixed-case hex follows EIP-55: a letter is upper case exactly when the hash nibble is 8+. */
    static boolean eip55(String hex) {
        String lower = hex.toLowerCase(Locale.ROOT);
        byte[] hash = Keccak256.hash(lower.getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 40; i++) {
            char c = hex.charAt(i);
            if (Character.isDigit(c)) {
                continue;
            }
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            if (nibble >= 8 != Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }
}
