package io.scamcheck.knowledge;

import io.scamcheck.model.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseListTest {

    /** The meaning of find, done the plain way: the combined pattern, then the longest line at that place. */
    /** The reference: the whole pattern, run the way find() promises (look-alikes folded first). */
    private static List<Span> slow(PhraseList list, String text) {
        if (TextFold.needed(text, 0, text.length())) {
            TextFold fold = TextFold.of(text, 0, text.length());
            List<Span> out = new ArrayList<>();
            for (Span s : slowPlain(list, fold.text())) {
                out.add(new Span(fold.originalStart(s.start()), fold.originalEnd(s.end())));
            }
            return out;
        }
        return slowPlain(list, text);
    }

    private static List<Span> slowPlain(PhraseList list, String text) {
        List<Span> out = new ArrayList<>();
        List<java.util.regex.Pattern> lines = new ArrayList<>();
        for (String alt : splitTopLevel(list.pattern().pattern())) {
            lines.add(java.util.regex.Pattern.compile(alt, list.pattern().flags()));
        }
        Matcher m = list.pattern().matcher(text);
        int at = 0;
        while (at < text.length() && m.find(at)) {
            if (m.end() == m.start()) {
                at = m.start() + 1;
                continue;
            }
            int end = m.end();
            for (java.util.regex.Pattern line : lines) {
                Matcher l = line.matcher(text).useTransparentBounds(true).region(m.start(), text.length());
                if (l.lookingAt()) {
                    end = Math.max(end, l.end());
                }
            }
            out.add(new Span(m.start(), end));
            at = end;
        }
        return out;
    }

    /** The alternatives of the combined pattern: "a|b|c" at the top level, brackets and escapes respected. */
    private static List<String> splitTopLevel(String re) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(re.substring(start, i));
                start = i + 1;
            }
        }
        out.add(re.substring(start));
        return out;
    }

    private static final String SAMPLE = """
            Your computer is infected with 5 viruses! We have detected 3 trojans on your PC.
            I've hacked your device. I recorded you through your webcam. I know your password: hunter22.
            Send 0.1 BTC to my bitcoin wallet. Pay the fee with Google Play cards, scratch the back and send
            me the codes. Download AnyDesk and give us the code. Let our technician connect to your computer.
            This email was sent from your own account. Western Union, MoneyGram, wire transfer.
            A courier will come to your home to collect the cash. _pay_ repay payment; PAYMENT, Pay.
            """;

    @Test
    void fastFindGivesTheSameMatchesAsThePattern() throws IOException {
        Path dir = Path.of("src/main/resources/io/scamcheck/knowledge/phrases");
        List<String> topics;
        try (Stream<Path> files = Files.list(dir)) {
            topics = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".en.txt"))
                    .map(n -> n.substring(0, n.length() - ".en.txt".length())).sorted().toList();
        }
        assertThat(topics).isNotEmpty();
        String text = SAMPLE + SAMPLE.toUpperCase() + SAMPLE.replace(" ", "  ").replace("e", "e\n")
                + "\u00e9t\u00e9 \u0431\u0438\u0442\u043a\u043e\u0438\u043d pay";
        for (String topic : topics) {
            PhraseList list = PhraseList.load(topic, "en");
            assertThat(list.find(text, 0, text.length())).as(topic).isEqualTo(slow(list, text));
        }
    }

    @Test
    void aRegionThatStartsInsideTheTextMatchesAsTheTextFromThereWould() throws IOException {
        // lines tried only where their first word starts must treat the region's start as the text's start
        String[] vocabulary = ("I we have hacked your computer send me the gift card pay fee in bitcoin to my "
                + "wire transfer courier cash AnyDesk install code password sent this email from account "
                + "remote session allow our technician connect dear customer verify confirm login , . ! :").split(" ");
        java.util.Random r = new java.util.Random(11);
        List<PhraseList> lists = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/io/scamcheck/knowledge/phrases"))) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".en.txt")) {
                    lists.add(PhraseList.load(n.substring(0, n.length() - ".en.txt".length()), "en"));
                }
            }
        }
        for (int round = 0; round < 100; round++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                sb.append(vocabulary[r.nextInt(vocabulary.length)]).append(r.nextInt(6) == 0 ? "\n" : " ");
            }
            String text = sb.toString();
            int from = r.nextInt(text.length() / 2);
            String rest = text.substring(from);
            for (PhraseList list : lists) {
                List<Span> expected = new ArrayList<>();
                for (Span s : slow(list, rest)) {
                    expected.add(new Span(s.start() + from, s.end() + from));
                }
                assertThat(list.find(text, from, text.length())).as(list.topic() + " from " + from + " on: " + text)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void fastFindAgreesWithThePatternOnShuffledPhraseWords() throws IOException {
        String[] vocabulary = ("I I've we have hacked your computer device is infected with 5 viruses detected on "
                + "send me the codes gift card cards Google Play Steam wallet pay fee in bitcoin BTC to my address "
                + "wire transfer Western Union courier will come collect cash AnyDesk download install code "
                + "password know that is one of passwords sent this email from account own mailbox recorded "
                + "webcam through access contacts remote session allow our technician connect PC received "
                + "win prize free redeem , . ! ? : \" ' ’ ( ) $ 0.05 1200").split(" ");
        String[] gaps = {" ", " ", " ", "  ", "\n", "\n\n", "\t", ""};
        java.util.Random r = new java.util.Random(7);
        List<PhraseList> lists = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/io/scamcheck/knowledge/phrases"))) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                lists.add(PhraseList.load(n.substring(0, n.length() - ".en.txt".length()), "en"));
            }
        }
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                String word = vocabulary[r.nextInt(vocabulary.length)];
                sb.append(r.nextInt(5) == 0 ? word.toUpperCase() : word).append(gaps[r.nextInt(gaps.length)]);
            }
            String text = sb.toString();
            for (PhraseList list : lists) {
                assertThat(list.find(text, 0, text.length())).as(list.topic() + " on: " + text).isEqualTo(slow(list, text));
            }
        }
    }


    @Test
    void aSpaceMatchesALineBreakButNotABlankLine() {
        PhraseList list = PhraseList.of("t", "en", List.of("gift card"));
        assertThat(list.find("a gift\ncard here", 0, 16)).hasSize(1);
        assertThat(list.find("a gift\n\ncard here", 0, 17)).isEmpty();
        assertThat(slow(list, "a gift\n\ncard here")).isEmpty();
    }

    @Test
    void aSpaceInsideACharacterClassStillWorks() {
        PhraseList list = PhraseList.of("t", "en", List.of("in[- ]store"));
        assertThat(list.find("buy in-store or in store", 0, 24)).hasSize(2);
    }

    @Test
    void findStaysInsideTheRangeAndAtWordStarts() {
        PhraseList list = PhraseList.of("t", "en", List.of("pay", "\\b(gift|e-gift) cards?\\b"));
        String text = "repay; pay with gift cards; prepay";
        List<Span> found = list.find(text, 0, text.length());
        assertThat(found).extracting(s -> s.textOf(text)).containsExactly("pay", "gift cards");
        assertThat(list.find(text, 0, 10)).extracting(s -> s.textOf(text)).containsExactly("pay");
    }


    @Test
    void fastFindAgreesWithThePatternOnRealMail() throws IOException {
        java.util.Optional<Path> shared = io.scamcheck.testing.Fixtures.shared();
        org.junit.jupiter.api.Assumptions.assumeTrue(shared.isPresent(), "../shared is absent");
        Path corpus = shared.get().resolve("corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus is absent");
        List<PhraseList> lists = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/io/scamcheck/knowledge/phrases"))) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".en.txt")) {
                    lists.add(PhraseList.load(n.substring(0, n.length() - ".en.txt".length()), "en"));
                }
            }
        }
        List<Path> mails;
        try (Stream<Path> files = Stream.concat(Files.list(corpus.resolve("unwanted")), Files.list(corpus.resolve("ham")))) {
            // the same sample on every machine: chosen by file name, not by the absolute path
            mails = files.sorted().filter(f -> f.getFileName().toString().hashCode() % 8 == 0).limit(150).toList();
        }
        for (Path mail : mails) {
            String text;
            try {
                text = io.scamcheck.intake.Intake.fromFile(mail).text();
            } catch (io.scamcheck.intake.IntakeException e) {
                continue;
            }
            for (PhraseList list : lists) {
                assertThat(list.find(text, 0, text.length())).as(list.topic() + " on " + mail)
                        .isEqualTo(slow(list, text));
            }
        }
    }

    @Test
    void linesThatStartAtALineStartAreFoundAsThePatternFindsThem() {
        // such lines are tried only at line starts near their words; line ends of every kind, and regions that
        // start inside a line
        assertThat(PhraseList.startsAtLineStart("(?m:^)\\W{0,3}(?:dear|hi) customer")).isTrue();
        assertThat(PhraseList.startsAtLineStart("(?m:^)dear|hi customer")).isFalse();
        assertThat(PhraseList.startsAtLineStart("dear (?m:^)customer")).isFalse();
        PhraseList list = PhraseList.of("t", "en", List.of(
                "(?m:^)\\W{0,3}(?:dear|hello|hi)\\W{0,3}(?:customer|user|sir)\\b",
                "(?m:^)\\W{0,3}urgent(?:\\W{0,3}notice|\\s?[:!])",
                "(?m:^)\\W{0,3}(?:dear|hi)\\W{0,3}[\\w.+-]{1,20}@[\\w-]{1,20}(?:\\.[\\w-]{1,20}){1,3}"));
        String[] pieces = {"Dear Customer", "dear user,", "hi sir", "Hi ann@example.org", "urgent:", "URGENT notice",
                "this", "which", "  ", "> ", "word", "\n", "\r\n", "\r", "\u2028", "\u0085", "\n\n", "-- "};
        java.util.Random r = new java.util.Random(17);
        for (int round = 0; round < 400; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 5 + r.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextBoolean() ? " " : "");
            }
            String text = sb.toString();
            assertThat(list.find(text, 0, text.length())).as(text).isEqualTo(slow(list, text));
            int from = r.nextInt(text.length());
            List<Span> expected = new ArrayList<>();
            for (Span s : slow(list, text.substring(from))) {
                expected.add(new Span(s.start() + from, s.end() + from));
            }
            assertThat(list.find(text, from, text.length())).as(from + ": " + text).isEqualTo(expected);
        }
    }
}
