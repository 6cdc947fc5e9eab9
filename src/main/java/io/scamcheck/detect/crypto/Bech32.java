package io.scamcheck.detect.crypto;

import java.util.Locale;

/**
 * The Bech32 (BIP-173) and Bech32m (BIP-350) encodings of SegWit addresses (bc1...): a human-readable part,
 * the separator '1', data in a 32-letter alphabet and a six-letter checksum. Witness version 0 uses Bech32,
 * versions 1 to 16 use Bech32m.
 */
public final class Bech32 {
    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32_CONST = 1;
    private static final int BECH32M_CONST = 0x2bc830a3;
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    public enum Encoding { BECH32, BECH32M }

    /** A decoded string: its human-readable part, data values (without checksum) and encoding. */
    public record Decoded(String hrp, int[] data, Encoding encoding) {
    }

    /** A SegWit address's parts. */
    public record SegwitAddress(String hrp, int version, byte[] program) {
    }

    private Bech32() {
    }

    private static int polymod(int[] values) {
        int chk = 1;
        for (int v : values) {
            int top = chk >>> 25;
            chk = (chk & 0x1ffffff) << 5 ^ v;
            for (int i = 0; i < 5; i++) {
                if ((top >>> i & 1) != 0) {
                    chk ^= GENERATOR[i];
                }
            }
        }
        return chk;
    }

    private static int[] hrpExpand(String hrp) {
        int n = hrp.length();
        int[] out = new int[2 * n + 1];
        for (int i = 0; i < n; i++) {
            out[i] = hrp.charAt(i) >> 5;
            out[n + 1 + i] = hrp.charAt(i) & 31;
        }
        out[n] = 0;
        return out;
    }

    /** Decodes a Bech32 or Bech32m string, or returns null when it is malformed or its checksum fails. */
    public static Decoded decode(String s) {
        if (s.length() < 8 || s.length() > 90) {
            return null;
        }
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 33 || c > 126) {
                return null;
            }
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
        }
        if (lower && upper) {
            return null;
        }
        String t = s.toLowerCase(Locale.ROOT);
        int sep = t.lastIndexOf('1');
        if (sep < 1 || sep + 7 > t.length()) {
            return null;
        }
        String hrp = t.substring(0, sep);
        int[] data = new int[t.length() - sep - 1];
        for (int i = 0; i < data.length; i++) {
            int v = CHARSET.indexOf(t.charAt(sep + 1 + i));
            if (v < 0) {
                return null;
            }
            data[i] = v;
        }
        int[] exp = hrpExpand(hrp);
        int[] all = new int[exp.length + data.length];
        System.arraycopy(exp, 0, all, 0, exp.length);
        System.arraycopy(data, 0, all, exp.length, data.length);
        int pm = polymod(all);
        Encoding enc;
        if (pm == BECH32_CONST) {
            enc = Encoding.BECH32;
        } else if (pm == BECH32M_CONST) {
            enc = Encoding.BECH32M;
        } else {
            return null;
        }
        int[] values = new int[data.length - 6];
        System.arraycopy(data, 0, values, 0, values.length);
        return new Decoded(hrp, values, enc);
    }

    /**
     * Decodes a SegWit address for the given human-readable part ("bc" for Bitcoin), checking everything
     * BIP-173 and BIP-350 require: the checksum of the right kind for the version, the program's length and
     * its padding. Returns null when any check fails.
     */
    public static SegwitAddress decodeSegwit(String expectedHrp, String address) {
        Decoded d = decode(address);
        if (d == null || !d.hrp().equals(expectedHrp) || d.data().length < 1) {
            return null;
        }
        int version = d.data()[0];
        if (version > 16) {
            return null;
        }
        byte[] program = convertBits(d.data(), 1, d.data().length - 1);
        if (program == null || program.length < 2 || program.length > 40) {
            return null;
        }
        if (version == 0 && program.length != 20 && program.length != 32) {
            return null;
        }
        if (version == 0 && d.encoding() != Encoding.BECH32 || version != 0 && d.encoding() != Encoding.BECH32M) {
            return null;
        }
        return new SegwitAddress(d.hrp(), version, program);
    }

    /** 5-bit groups to bytes, without padding; null when the leftover bits are not a zero padding. */
    private static byte[] convertBits(int[] data, int from, int count) {
        int acc = 0;
        int bits = 0;
        byte[] out = new byte[count * 5 / 8];
        int n = 0;
        for (int i = from; i < from + count; i++) {
            acc = acc << 5 | data[i];
            bits += 5;
            while (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (acc >>> bits & 0xff);
            }
            acc &= (1 << bits) - 1;
        }
        if (bits >= 5 || acc != 0) {
            return null;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
