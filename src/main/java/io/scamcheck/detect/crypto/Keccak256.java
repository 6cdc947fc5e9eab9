package io.scamcheck.detect.crypto;

/**
 * Keccak-256 as Ethereum uses it (the original Keccak padding, not the later SHA3-256 one), needed to check
 * the mixed-case checksum of Ethereum addresses (EIP-55). Written from the Keccak reference description.
 */
public final class Keccak256 {
    private static final int RATE = 136;
    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    /** Rotation offsets, indexed [x + 5 * y]. */
    private static final int[] ROTATIONS = {
        0, 1, 62, 28, 27,
        36, 44, 6, 55, 20,
        3, 10, 43, 25, 39,
        41, 45, 15, 21, 8,
        18, 2, 61, 56, 14,
    };

    private Keccak256() {
    }

    public static byte[] hash(byte[] input) {
        long[] state = new long[25];
        int full = input.length / RATE;
        for (int b = 0; b < full; b++) {
            absorb(state, input, b * RATE);
            permute(state);
        }
        byte[] last = new byte[RATE];
        int rest = input.length - full * RATE;
        System.arraycopy(input, full * RATE, last, 0, rest);
        last[rest] ^= 0x01;
        last[RATE - 1] ^= (byte) 0x80;
        absorb(state, last, 0);
        permute(state);
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) {
            out[i] = (byte) (state[i / 8] >>> (8 * (i % 8)));
        }
        return out;
    }

    private static void absorb(long[] state, byte[] data, int offset) {
        for (int i = 0; i < RATE / 8; i++) {
            long lane = 0;
            for (int k = 0; k < 8; k++) {
                lane |= (data[offset + 8 * i + k] & 0xffL) << (8 * k);
            }
            state[i] ^= lane;
        }
    }

    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (long rc : ROUND_CONSTANTS) {
            // theta
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[y + x] ^= d;
                }
            }
            // rho and pi: B[y, 2x + 3y] = rot(A[x, y], r[x, y])
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
                }
            }
            // chi
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
                }
            }
            // iota
            a[0] ^= rc;
        }
    }
}
