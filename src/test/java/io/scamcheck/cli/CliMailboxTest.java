package io.scamcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole mailbox on the command line: thousands of messages, one result line each, printed as each is
 * checked (not all at the end), with a progress line on standard error.
 */
class CliMailboxTest {
    private static final int MESSAGES = 2500;
    private static final Pattern PROGRESS = Pattern.compile("Checked ([\\d,.\u00a0\u202f]+) of ([\\d,.\u00a0\u202f]+) messages");

    @TempDir
    Path dir;

    /** Standard output that counts its lines as they arrive. */
    private static final class LineCounter extends OutputStream {
        final ByteArrayOutputStream all = new ByteArrayOutputStream();
        volatile int lines;

        @Override
        public synchronized void write(int b) {
            all.write(b);
            if (b == '\n') {
                lines++;
            }
        }
    }

    /** Standard error that notes, at each progress line, how many result lines were already out. */
    private static final class ProgressWatcher extends OutputStream {
        final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        final StringBuilder all = new StringBuilder();
        final List<int[]> seen = new ArrayList<>(); // {checked, total, lines out at that moment}
        final LineCounter out;

        ProgressWatcher(LineCounter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            pending.write(b);
        }

        @Override
        public void flush() {
            String s = pending.toString(StandardCharsets.UTF_8);
            pending.reset();
            all.append(s);
            Matcher m = PROGRESS.matcher(s);
            while (m.find()) {
                seen.add(new int[] {number(m.group(1)), number(m.group(2)), out.lines});
            }
        }

        private static int number(String s) {
            return Integer.parseInt(s.replaceAll("\\D", ""));
        }
    }

    private Path mailbox(int count) throws Exception {
        Path box = dir.resolve("inbox.mbox");
        try (Writer w = Files.newBufferedWriter(box, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                w.write("From sender" + i + "@example.org Tue Nov 24 10:00:00 2026\n");
                w.write("From: Sender " + i + " <sender" + i + "@example.org>\n");
                w.write("To: you@example.com\nSubject: Note " + i + "\nDate: Tue, 24 Nov 2026 10:00:00 +0000\n\n");
                if (i % 2 == 0) {
                    w.write("Hi Ann,\nThe book club meets on Thursday at 7. Bring the second book.\n"
                            + ">From the library: it is due back next week.\nBen\n\n");
                } else {
                    w.write("Your Windows license has expired and your computer is blocked.\n"
                            + "Call Microsoft Support now at 1-844-286-1916 to restore access.\n\n");
                }
            }
        }
        return box;
    }

    @Test
    void aMailboxOfThousandsGivesOneLinePerMessageAsEachIsChecked() throws Exception {
        Path box = mailbox(MESSAGES);
        LineCounter out = new LineCounter();
        ProgressWatcher err = new ProgressWatcher(out);
        int status = Cli.run(new String[] {"check", "--progress", box.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, false, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        List<String> results = out.all.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith(box.toString())).toList();
        assertThat(results).hasSize(MESSAGES);
        assertThat(results.get(0)).startsWith(box + "#1: ").doesNotContain("no-signs-found");
        assertThat(results.get(1)).startsWith(box + "#2: no-signs-found");
        assertThat(results.get(MESSAGES - 1)).startsWith(box + "#" + MESSAGES + ": ");

        // The progress line counts up to the whole mailbox and ends on its own line.
        assertThat(err.seen).isNotEmpty();
        assertThat(err.seen.get(err.seen.size() - 1)).containsExactly(MESSAGES, MESSAGES,
                err.seen.get(err.seen.size() - 1)[2]);
        assertThat(err.all.toString()).endsWith("\n");
        // Streamed: whenever the line said N were checked, N results had already been printed.
        for (int[] s : err.seen) {
            assertThat(s[1]).isEqualTo(MESSAGES);
            int printedLines = s[2];
            assertThat(resultsAmong(out, printedLines, box)).as("results out when %d were checked", s[0])
                    .isEqualTo(s[0]);
        }
        assertThat(err.seen.get(0)[0]).as("the first progress line comes after the first message")
                .isLessThan(MESSAGES);
    }

    @Test
    void jsonAndNoProgressLeaveStandardErrorEmpty() throws Exception {
        Path box = mailbox(30);
        LineCounter out = new LineCounter();
        ProgressWatcher err = new ProgressWatcher(out);
        Cli.run(new String[] {"check", "--json", "--no-progress", box.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(out.all.toString(StandardCharsets.UTF_8).lines()).hasSize(30)
                .allMatch(l -> l.startsWith("{\"file\":"));
        assertThat(err.all.toString()).isEmpty();
    }

    @Test
    void aMailboxOnStandardInputGivesOneLinePerMessage() throws Exception {
        byte[] box = Files.readAllBytes(mailbox(12));
        LineCounter out = new LineCounter();
        ProgressWatcher err = new ProgressWatcher(out);
        int status = Cli.run(new String[] {"check", "--json", "--no-progress", "-"}, new ByteArrayInputStream(box),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        List<String> lines = out.all.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(12);
        for (int i = 0; i < 12; i++) {
            assertThat(lines.get(i)).startsWith("{\"file\":\"-#" + (i + 1) + "\"").contains("Subject: Note " + (i + 1) + "\\n");
        }
        assertThat(lines.get(1)).contains("\"verdict\":\"no-signs-found\"").doesNotContain("mailbox-first");
    }

    /** How many result lines (each starts with the file name) are among the first {@code lines} lines out. */
    private static int resultsAmong(LineCounter out, int lines, Path box) {
        String[] all = out.all.toString(StandardCharsets.UTF_8).split("\n", -1);
        int n = 0;
        for (int i = 0; i < lines && i < all.length; i++) {
            if (all[i].startsWith(box.toString())) {
                n++;
            }
        }
        return n;
    }
}
