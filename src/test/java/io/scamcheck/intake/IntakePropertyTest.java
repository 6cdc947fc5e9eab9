package io.scamcheck.intake;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.detect.Report;
import io.scamcheck.model.Email;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of the whole path from bytes to findings: random bytes, mutated real messages,
 * random pasted text and random HTML must each give a report or a named error (never an exception, never
 * too slow), and every report keeps its spans exactly on its words.
 */
class IntakePropertyTest {
    private static final Analyzer ANALYZER = Analyzer.standard();
    private static final List<String> NAMES = List.of("x.eml", "x.txt", "x.html", "x", "-", "x.msg", "x.mbox");
    private static final List<byte[]> SEEDS = seeds();
    private static final String[] FRAGMENTS = {"\r\n", "\n\n", "--", "--b\r\n", "Content-Type: multipart/mixed; boundary=b\r\n",
        "Content-Transfer-Encoding: base64\r\n", "Content-Transfer-Encoding: quoted-printable\r\n", "=?utf-8?B?", "?=",
        "=?iso-8859-1?Q?=E9", "=\r\n", "=ZZ", "\0", "<html><body>", "<a href=\"http://x.example\">", "</a>",
        "<div style=\"display:none\">", "<style>", "&nbsp;", "&#x0;", "\u00ff\u00fe", "From: ", "Subject: ",
        "message/rfc822", "charset=\"", "\t", "From x@y Mon Jan  1 00:00:00 2024\n", "-----Original Message-----\n"};

    private static List<byte[]> seeds() {
        try (Stream<Path> s = Files.list(IntakeGoldenTest.DIR)) {
            return s.filter(IntakeGoldenTest::isInput).sorted().map(p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and analyses bytes within the time limit; only named errors may come out. */
    static void survives(byte[] bytes, String name) throws Exception {
        long t0 = System.nanoTime();
        try {
            Report r = TimeLimit.run(() -> ANALYZER.analyze(Intake.fromBytes(bytes, name)));
            IntakeGoldenTest.assertInvariants(r.email());
        } catch (IntakeException e) {
            assertThat(e.error()).isNotEqualTo(IntakeError.TOO_SLOW);
        }
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(TimeLimit.PER_MESSAGE.toMillis());
    }

    @Property(tries = 300)
    void randomBytesGiveAReportOrANamedError(@ForAll("noise") byte[] bytes, @ForAll("names") String name)
            throws Exception {
        survives(bytes, name);
    }

    @Property(tries = 400)
    void mutatedRealMessagesGiveAReportOrANamedError(@ForAll("mutants") byte[] bytes, @ForAll("names") String name)
            throws Exception {
        survives(bytes, name);
    }

    @Property(tries = 300)
    void pastedTextIsShownAsPastedWithExactSpans(@ForAll("pastes") String text) throws Exception {
        Email e;
        try {
            e = TimeLimit.run(() -> Intake.fromPaste(text));
        } catch (IntakeException ex) {
            assertThat(ex.error()).isIn(IntakeError.EMPTY, IntakeError.BROKEN_MESSAGE);
            return;
        }
        IntakeGoldenTest.assertInvariants(e);
        ANALYZER.analyze(e);
        if (e.source() == io.scamcheck.model.SourceKind.PASTED_TEXT && !e.forwardedOriginal()) {
            assertThat(e.text()).isEqualTo(PlainText.clean(text.replace("\r\n", "\n").replace('\r', '\n')));
        }
    }

    @Property(tries = 300)
    void pastedHtmlKeepsEveryLinkOnItsWords(@ForAll("html") String html) throws Exception {
        Email e;
        try {
            e = TimeLimit.run(() -> Intake.fromPastedHtml(html));
        } catch (IntakeException ex) {
            assertThat(ex.error()).isEqualTo(IntakeError.EMPTY);
            return;
        }
        IntakeGoldenTest.assertInvariants(e);
        ANALYZER.analyze(e);
    }

    @Property(tries = 300)
    void htmlInsideRtfIsReadFromAnyRtf(@ForAll("rtf") String rtf) {
        String html = RtfHtml.fromRtf(rtf, new Budget(Limits.STANDARD));
        if (html != null) {
            HtmlText.Result r = HtmlText.convert(html);
            r.links().forEach(l -> assertThat(l.span().textOf(r.text())).isEqualTo(l.shownText()));
        }
    }

    @Provide
    Arbitrary<String> rtf() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars(' ', '<', '>', '"', '=').ofMaxLength(15),
                Arbitraries.of("{", "}", "\\", "\\fromhtml1 ", "{\\*\\htmltag84 <a href=\"http://x.example\">}",
                        "{\\*\\htmltag92 </a>}", "\\htmlrtf ", "\\htmlrtf0 ", "\\par ", "\\'e9", "\\'", "\\u233",
                        "\\u-3913?", "\\uc0 ", "\\uc2 ", "{\\*\\mhtmltag1 x}", "{\\fonttbl{\\f0 Arial;}}", "\\ansicpg1251 ",
                        "\\ansicpg99999 ", "\\{", "\\}", "\\~", "\\-", "\\*", "\\tab", "\r\n", "\\field"));
        return pieces.list().ofMaxSize(60).map(l -> "{\\rtf1\\fromhtml1 " + String.join("", l));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    @Provide
    Arbitrary<byte[]> noise() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    }

    @Provide
    Arbitrary<byte[]> mutants() {
        Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
        Arbitrary<List<int[]>> edits = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, Integer.MAX_VALUE - 1),
                Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, FRAGMENTS.length - 1))
                .as((op, pos, val, frag) -> new int[] {op, pos, val, frag}).list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(seed, edits).as(IntakePropertyTest::mutate);
    }

    static byte[] mutate(byte[] seed, List<int[]> edits) {
        byte[] b = seed.clone();
        for (int[] e : edits) {
            int pos = b.length == 0 ? 0 : e[1] % b.length;
            switch (e[0]) {
                case 0 -> b = java.util.Arrays.copyOf(b, pos); // truncate
                case 1 -> {
                    if (b.length > 0) {
                        b[pos] = (byte) e[2]; // flip one byte
                    }
                }
                case 2 -> b = insert(b, pos, FRAGMENTS[e[3]].getBytes(StandardCharsets.UTF_8));
                case 3 -> { // repeat a slice, as a broken or looping writer would
                    int len = Math.min(b.length - pos, 1 + e[2] * 4);
                    byte[] slice = java.util.Arrays.copyOfRange(b, pos, pos + Math.max(0, len));
                    for (int i = 0; i < 1 + e[3] % 5; i++) {
                        b = insert(b, pos, slice);
                    }
                }
                case 4 -> { // cut a slice out
                    int len = Math.min(b.length - pos, e[2] * 8);
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, pos);
                    System.arraycopy(b, pos + len, out, pos, b.length - pos - len);
                    b = out;
                }
                default -> b = insert(b, pos, new byte[] {0, (byte) e[2], '\r'});
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int pos, byte[] what) {
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, pos);
        System.arraycopy(what, 0, out, pos, what.length);
        System.arraycopy(b, pos, out, pos + what.length, b.length - pos);
        return out;
    }

    @Provide
    Arbitrary<String> pastes() {
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("http://x.example/a?b=c", "www.example.com.", "From: a@b.example", "Subject: hi",
                        "Date: today", "\n", "\r\n", "\r", " ", "\t", "\u0000", "\u202e", "-----Original Message-----",
                        "Begin forwarded message:", "> ", "Sent: Monday", "Von: x", "caf\u00e9", "\uD83D\uDE00"));
        return words.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> html() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars(' ', '&', ';', '#').ofMaxLength(20),
                Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<br>", "<a href=\"http://a.example/x\">",
                        "<a href='https://b.example'>", "<a>", "</a>", "<b>", "</b>", "<img alt=\"Logo\">",
                        "<span style=\"display:none\">", "<span style=\"font-size:0\">", "<font color=\"#fff\">",
                        "</span>", "</font>", "<table><tr><td>", "</td><td>", "</td></tr></table>", "<pre>", "</pre>",
                        "<script>x()</script>", "<style>.h{display:none}</style>", "<p class=\"h\">", "&nbsp;",
                        "<!--StartFragment-->", "<!--EndFragment-->", "Version:0.9\r\n", "\n", "<!--", "-->",
                        "<input type=\"submit\" value=\"Go\">", "<li>", "<ul>", "</ul>", "<h1>", "</h1>"));
        return pieces.list().ofMaxSize(80).map(l -> String.join("", l));
    }
}
