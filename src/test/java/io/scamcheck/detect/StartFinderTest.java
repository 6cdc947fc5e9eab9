package io.scamcheck.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class StartFinderTest {
    private static final Pattern WORD = Pattern.compile("\\b(?:You|Your|We|Please)\\b");
    private static final Pattern MAC = Pattern.compile("(?i)\\bMAC(?:[ \\t]{0,2}address)?[ \\t]{0,3}:?[ \\t]{0,3}"
            + "([0-9a-z]{1,2}(?:[:-][0-9a-z]{1,2}){1,9})(?![\\w:.-]?[\\w])");
    private static final Pattern IP = Pattern.compile("(?<![\\w.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![\\w-])");

    private static List<String> plain(Pattern p, String text, int from) {
        return plain(p, text, from, text.length());
    }

    private static List<String> plain(Pattern p, String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        m.region(from, to);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + (m.groupCount() > 0 ? m.group(1) : ""));
        }
        return out;
    }

    private static List<String> fast(StartFinder f) {
        List<String> out = new ArrayList<>();
        while (f.find()) {
            Matcher m = f.matcher();
            out.add(m.start() + "-" + m.end() + ":" + (m.groupCount() > 0 ? m.group(1) : ""));
        }
        return out;
    }

    @Test
    void sameMatchesAsASearchOverTheRegion() {
        String[] pieces = {"You", "your", "Your", "We", "we", "Please", "xPlease", "_You", "Pleased", "MAC", "mac address: ", "Mac",
                "A0:95:6D:C7", "1.2.3.4", "10.0.0.255", "1.2.3.4.5", "v1.2.3.4", "a", " ", "\n", ",", ".", "-", "7"};
        Random r = new Random(3);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(30);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            int from = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
            int to = from + r.nextInt(text.length() - from + 1);
            assertThat(fast(StartFinder.ignoringCase(MAC, text, from, to, "mac")))
                    .isEqualTo(plain(MAC, text, from, to));
            assertThat(fast(StartFinder.startingWith(WORD, text, from, to, "You", "We", "Please")))
                    .isEqualTo(plain(WORD, text, from, to));
            assertThat(fast(StartFinder.startingWith(WORD, text, from, text.length(), "You", "We", "Please"))).isEqualTo(plain(WORD, text, from));
            assertThat(fast(StartFinder.ignoringCase(MAC, text, from, text.length(), "mac")))
                    .isEqualTo(plain(MAC, text, from));
            assertThat(fast(StartFinder.startingWith(IP, text, from, text.length(), "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"))).isEqualTo(plain(IP, text, from));
        }
    }

    @Test
    void aLongTextGivesTheSameMatches() {
        // past a few thousand chars the places where words start are found once per text
        String[] pieces = {"You ", "your ", "Please ", "xPlease ", "_You ", "MAC A0:95:6D:C7 ", "1.2.3.4 ", "v1.2.3.4 ",
                "We\n", "mac address: 00-11-22-33-44-55 ", "word ", "\u00e9You ", "..", "7"};
        Random r = new Random(5);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 20_000) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        String text = sb.toString();
        for (int from : new int[] {0, 1, 7, 5000, 19_000}) {
            assertThat(fast(StartFinder.startingWith(WORD, text, from, text.length(), "You", "We", "Please")))
                    .isEqualTo(plain(WORD, text, from)).hasSizeGreaterThan(from > 10_000 ? 5 : 100);
            assertThat(fast(StartFinder.ignoringCase(MAC, text, from, text.length(), "mac"))).isEqualTo(plain(MAC, text, from));
            assertThat(fast(StartFinder.startingWith(IP, text, from, from + (text.length() - from) / 2, "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")))
                    .isEqualTo(plain(IP, text, from, from + (text.length() - from) / 2));
        }
    }

    @Test
    void aRegionShortOfTheEndSeesNothingPastIt() {
        String text = "call Your bank, Pleased. You";
        StartFinder f = StartFinder.startingWith(WORD, text, 0, 22, "You", "We", "Please");
        assertThat(fast(f)).containsExactly("5-9:", "16-22:");
    }
}
