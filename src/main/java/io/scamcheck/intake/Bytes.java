package io.scamcheck.intake;

import jakarta.mail.internet.SharedInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A message's bytes, read by position: bytes in memory, or a piece of a file read only when the parser asks
 * for them. The parser is given a {@link #stream()} that the MIME parts share, so a 20 MB attachment in a
 * file is read past in small pieces (to count its size) and never held in memory.
 */
abstract class Bytes {
    /** Read from a file this much at a time at most (the JDK copies each read through a buffer this size). */
    private static final int PIECE = 64 * 1024;

    abstract long length();

    /** Reads up to {@code len} bytes at {@code pos}; -1 when {@code pos} is at the end. */
    abstract int read(long pos, byte[] b, int off, int len) throws IOException;

    /** The bytes in memory as one array, when they are; null for a file. */
    ArrayPiece arrayPiece() {
        return null;
    }

    record ArrayPiece(byte[] array, int offset, int length) {
    }

    static Bytes of(byte[] b) {
        return new InMemory(b, 0, b.length);
    }

    /** The first {@code length} bytes of an array. */
    static Bytes of(byte[] b, int length) {
        return new InMemory(b, 0, length);
    }

    /** Bytes {@code from} to {@code to} of an open file. */
    static Bytes of(FileChannel file, long from, long to) {
        return new InFile(file, from, to);
    }

    /** These bytes from {@code pos} on. */
    Bytes from(long pos) {
        if (pos == 0) {
            return this;
        }
        Bytes whole = this;
        long start = Math.min(pos, length());
        return new Bytes() {
            @Override
            long length() {
                return whole.length() - start;
            }

            @Override
            int read(long p, byte[] b, int off, int len) throws IOException {
                return whole.read(start + p, b, off, len);
            }
        };
    }

    /** {@code first} followed by {@code then}. */
    static Bytes join(Bytes first, Bytes then) {
        return new Bytes() {
            @Override
            long length() {
                return first.length() + then.length();
            }

            @Override
            int read(long pos, byte[] b, int off, int len) throws IOException {
                long split = first.length();
                return pos < split ? first.read(pos, b, off, (int) Math.min(len, split - pos))
                        : then.read(pos - split, b, off, len);
            }
        };
    }

    /**
     * These bytes with one '&gt;' taken off each line quoted as "&gt;From " (or "&gt;&gt;From " and so on), as
     * an mbox file stores them, without copying them: reading skips those bytes. Null when there are more
     * than {@code maxQuoted} such lines (a list of where they are is kept).
     */
    Bytes withoutFromQuotes(int maxQuoted) throws IOException {
        long[] removed = new long[16];
        int k = 0;
        byte[] buf = new byte[65536];
        boolean lineStart = true;
        int quotes = 0;
        int letters = 0;
        boolean failed = false;
        long at = 0;
        for (int n; (n = read(at, buf, 0, buf.length)) >= 0; at += n) {
            for (int i = 0; i < n; i++) {
                byte c = buf[i];
                if (c == '\n') {
                    lineStart = true;
                    continue;
                }
                if (lineStart) {
                    lineStart = false;
                    quotes = 0;
                    letters = 0;
                    failed = false;
                }
                if (failed) {
                    continue;
                }
                if (c == '>' && letters == 0) {
                    quotes++;
                } else if (quotes > 0 && c == "From ".charAt(letters)) {
                    if (++letters == 5) {
                        if (k == maxQuoted) {
                            return null;
                        }
                        if (k == removed.length) {
                            removed = java.util.Arrays.copyOf(removed, k * 2);
                        }
                        removed[k++] = at + i - 4 - quotes; // the line's first '>'
                        failed = true;
                    }
                } else {
                    failed = true;
                }
            }
        }
        return k == 0 ? this : new Unquoted(this, java.util.Arrays.copyOf(removed, k));
    }

    /** Bytes with some single bytes left out (the first '&gt;' of quoted "From " lines). */
    private static final class Unquoted extends Bytes {
        private final Bytes whole;
        /** Where the left-out bytes are in {@code whole}, in order. */
        private final long[] removed;

        Unquoted(Bytes whole, long[] removed) {
            this.whole = whole;
            this.removed = removed;
        }

        @Override
        long length() {
            return whole.length() - removed.length;
        }

        @Override
        int read(long pos, byte[] b, int off, int len) throws IOException {
            if (pos >= length()) {
                return -1;
            }
            // j = how many left-out bytes come before this position: removed[j] - j <= pos
            int lo = 0;
            int hi = removed.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (removed[mid] - mid <= pos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            long physical = pos + lo;
            int n = len;
            if (lo < removed.length) {
                n = (int) Math.min(n, removed[lo] - physical);
            }
            return whole.read(physical, b, off, n);
        }
    }

    /** Reads {@code len} bytes at {@code pos} into a new array (fewer if the bytes end first). */
    byte[] copy(long pos, int len) throws IOException {
        byte[] out = new byte[(int) Math.max(0, Math.min(len, length() - pos))];
        int done = 0;
        while (done < out.length) {
            int n = read(pos + done, out, done, out.length - done);
            if (n < 0) {
                return java.util.Arrays.copyOf(out, done);
            }
            done += n;
        }
        return out;
    }

    /** A stream over all the bytes, which MIME parts share: each part reads its own piece by position. */
    InputStream stream() {
        return new Stream(this, 0, length());
    }

    private static final class InMemory extends Bytes {
        private final byte[] b;
        private final int offset;
        private final int length;

        InMemory(byte[] b, int offset, int length) {
            this.b = b;
            this.offset = offset;
            this.length = length;
        }

        @Override
        long length() {
            return length;
        }

        @Override
        int read(long pos, byte[] dst, int off, int len) {
            if (pos >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - pos);
            System.arraycopy(b, offset + (int) pos, dst, off, n);
            return n;
        }

        @Override
        Bytes from(long pos) {
            int p = (int) Math.min(pos, length);
            return new InMemory(b, offset + p, length - p);
        }

        @Override
        ArrayPiece arrayPiece() {
            return new ArrayPiece(b, offset, length);
        }
    }

    private static final class InFile extends Bytes {
        private final FileChannel file;
        private final long from;
        private final long to;

        InFile(FileChannel file, long from, long to) {
            this.file = file;
            this.from = from;
            this.to = to;
        }

        @Override
        long length() {
            return to - from;
        }

        @Override
        int read(long pos, byte[] dst, int off, int len) throws IOException {
            if (pos >= to - from) {
                return -1;
            }
            int n = (int) Math.min(Math.min(len, PIECE), to - from - pos);
            int got = file.read(ByteBuffer.wrap(dst, off, n), from + pos);
            if (got < 0) {
                throw new IOException("the file became shorter while it was read");
            }
            return got;
        }

        @Override
        Bytes from(long pos) {
            return new InFile(file, Math.min(to, from + pos), to);
        }
    }

    /** Reads a piece of {@link Bytes} through a small buffer; a new stream for any piece of it shares the bytes. */
    static final class Stream extends InputStream implements SharedInputStream {
        private static final int BUFFER = 8192;
        private final Bytes bytes;
        private final long start;
        private final long end;
        private long pos;
        private long mark;
        /** Made at the first read: a MIME part whose stream is never read costs no buffer. */
        private byte[] buf;
        /** The buffer holds the bytes from {@code bufAt}, {@code bufLen} of them. */
        private long bufAt;
        private int bufLen;

        Stream(Bytes bytes, long start, long end) {
            this.bytes = bytes;
            this.start = start;
            this.end = Math.max(start, Math.min(end, bytes.length()));
            this.pos = start;
            this.mark = start;
        }

        @Override
        public int read() throws IOException {
            if (pos >= end) {
                return -1;
            }
            if (buf == null || pos < bufAt || pos >= bufAt + bufLen) {
                fill();
            }
            return buf[(int) (pos++ - bufAt)] & 0xff;
        }

        private void fill() throws IOException {
            if (buf == null) {
                // no larger than the piece: a tiny MIME part gets a tiny buffer
                buf = new byte[(int) Math.min(BUFFER, Math.max(1, end - start))];
            }
            bufAt = pos;
            bufLen = 0;
            int want = (int) Math.min(buf.length, end - pos);
            while (bufLen < want) {
                int n = bytes.read(pos + bufLen, buf, bufLen, want - bufLen);
                if (n < 0) {
                    break;
                }
                bufLen += n;
            }
            if (bufLen == 0) {
                throw new IOException("the message ended before its length");
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (pos >= end) {
                return -1;
            }
            int n = (int) Math.min(len, end - pos);
            if (buf != null && pos >= bufAt && pos < bufAt + bufLen) {
                n = Math.min(n, (int) (bufAt + bufLen - pos));
                System.arraycopy(buf, (int) (pos - bufAt), b, off, n);
            } else if (n < Math.min(BUFFER, end - start)) {
                fill();
                n = Math.min(n, bufLen);
                System.arraycopy(buf, 0, b, off, n);
            } else {
                n = bytes.read(pos, b, off, n);
                if (n < 0) {
                    return -1;
                }
            }
            pos += n;
            return n;
        }

        @Override
        public long skip(long n) {
            long k = Math.max(0, Math.min(n, end - pos));
            pos += k;
            return k;
        }

        @Override
        public int available() {
            return (int) Math.min(Integer.MAX_VALUE, end - pos);
        }

        @Override
        public boolean markSupported() {
            return true;
        }

        @Override
        public synchronized void mark(int readlimit) {
            mark = pos;
        }

        @Override
        public synchronized void reset() {
            pos = mark;
        }

        @Override
        public long getPosition() {
            return pos - start;
        }

        @Override
        public InputStream newStream(long from, long to) {
            if (from < 0) {
                throw new IllegalArgumentException("start < 0");
            }
            return new Stream(bytes, start + from, to == -1 ? end : start + to);
        }
    }
}
