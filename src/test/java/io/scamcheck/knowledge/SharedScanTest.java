package io.scamcheck.knowledge;

import io.scamcheck.model.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** On a long text the shared lists find their strings in one pass for all; they must find what they would alone. */
class SharedScanTest {
    private static final String[] WORDS = ("I we have hacked your computer send me the gift card pay fee in bitcoin "
            + "to my wire transfer courier cash AnyDesk install code password sent this email from account remote "
            + "session allow our technician connect dear customer verify confirm login summer photos name address "
            + "Sie Ihr Konto bitte zahlen senha pagamento conta betalen rekening paiement compte urgent within 24 "
            + "hours suspended license Microsoft support call 1-844-286-1916 IP address MAC winner prize lottery "
            + "\u0440ay\u200bpal , . ! : \n \n\n").split(" ");
    /** Whole sentences of the kinds the lists look for, put among the words now and then. */
    private static final String[] SENTENCES = {"Download AnyDesk and give us the code.",
        "Let our technician connect to your computer.", "I recorded you through your webcam.",
        "Pay the fee with Google Play cards, scratch the back and send me the codes.",
        "Dear Customer,", "Your account will be suspended within 24 hours.", "Do not tell anyone about this.",
        "You have won $1,000,000 in our lottery.", "Please confirm your password and login details.",
        "Bitte zahlen Sie die Geb\u00fchr.", "Ihr Konto wurde gesperrt."};

    private static String longText(long seed, int length) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(5) == 0 ? "\n" : " ");
            if (r.nextInt(20) == 0) {
                sb.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(' ');
            }
        }
        return sb.toString();
    }

    @Test
    void aSharedListFindsWhatItWouldFindAlone() throws IOException {
        List<String> topics;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/io/scamcheck/knowledge/phrases"))) {
            topics = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".en.txt"))
                    .map(n -> n.substring(0, n.length() - ".en.txt".length())).sorted().toList();
        }
        assertThat(topics).hasSizeGreaterThan(10);
        String[] texts = {longText(1, SharedScan.MIN_LENGTH * 2), longText(2, SharedScan.MIN_LENGTH + 10)};
        for (String topic : topics) {
            Phrases phrases = Phrases.load(topic);
            for (String lang : phrases.languages()) {
                PhraseList shared = phrases.list(lang);
                List<String> lines = new ArrayList<>();
                Knowledge.readLines("phrases/" + topic + "." + lang + ".txt", lines::add);
                PhraseList alone = PhraseList.of(topic, lang, lines);
                assertThat(shared.sharedId()).as(topic).isGreaterThanOrEqualTo(0);
                assertThat(alone.sharedId()).isEqualTo(-1);
                for (String text : texts) {
                    int n = text.length();
                    int[][] regions = {{0, n}, {n / 3, n}, {n / 4, n / 2}, {17, 4000}};
                    for (int[] g : regions) {
                        List<Span> expected = alone.find(text, g[0], g[1]);
                        assertThat(shared.find(text, g[0], g[1])).as(topic + "." + lang + " " + g[0] + ".." + g[1])
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void theTextHoldsMatches() {
        // the comparison above is worth something only if the lists find things in these texts
        String text = longText(1, SharedScan.MIN_LENGTH * 2);
        assertThat(Phrases.load("payment-demand").list("en").find(text, 0, text.length())).hasSizeGreaterThan(100);
        assertThat(Phrases.load("remote-access").list("en").find(text, 0, text.length())).isNotEmpty();
    }
}
