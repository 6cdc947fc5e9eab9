package io.scamcheck.detect.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Base58 with a checksum, the encoding of classic Bitcoin addresses (1..., 3...) and of Litecoin, Dogecoin
 * and Tron addresses: the payload is a version byte and a 20-byte hash, followed by the first four bytes of
 * SHA-256 applied twice to it.
 */
public final class Base58Check {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int[] INDEX = new int[128];

    static {
        Arrays.fill(INDEX, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = i;
        }
    }

    private Base58Check() {
    }

    /** The decoded bytes, or null when a character is not in the Base58 alphabet. */
    public static byte[] decode(String s) {
        if (s.isEmpty() || s.length() > 120) {
            return null;
        }
        int zeros = 0;
        while (zeros < s.length() && s.charAt(zeros) == '1') {
            zeros++;
        }
        // Base 58 to base 256, most significant byte first; size bound: log(58)/log(256) < 0.733.
        byte[] b256 = new byte[s.length() * 733 / 1000 + 1];
        int length = 0;
        for (int i = zeros; i < s.length(); i++) {
            char c = s.charAt(i);
            int carry = c < 128 ? INDEX[c] : -1;
            if (carry < 0) {
                return null;
            }
            int j = 0;
            for (int k = b256.length - 1; (carry != 0 || j < length) && k >= 0; k--, j++) {
                carry += 58 * (b256[k] & 0xff);
                b256[k] = (byte) (carry % 256);
                carry /= 256;
            }
            length = j;
        }
        int skip = 0;
        while (skip < b256.length && b256[skip] == 0) {
            skip++;
        }
        byte[] out = new byte[zeros + b256.length - skip];
        System.arraycopy(b256, skip, out, zeros, b256.length - skip);
        return out;
    }

    /**
     * The payload (version byte and data) of a Base58Check string whose checksum is right, or null when the
     * string is not Base58 or the checksum does not match.
     */
    public static byte[] payload(String s) {
        byte[] all = decode(s);
        if (all == null || all.length < 5) {
            return null;
        }
        byte[] payload = Arrays.copyOf(all, all.length - 4);
        byte[] check = doubleSha256(payload);
        for (int i = 0; i < 4; i++) {
            if (check[i] != all[all.length - 4 + i]) {
                return null;
            }
        }
        return payload;
    }

    /** Whether the string decodes to something of the right size (25 bytes) even if the checksum fails. */
    public static boolean hasAddressShape(String s) {
        byte[] all = decode(s);
        return all != null && all.length == 25;
    }

    static byte[] doubleSha256(byte[] data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return sha.digest(sha.digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
