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

    private static List<Span> slow(PhraseList list, String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = list.pattern().matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new Span(m.start(), m.end()));
            }
        }
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
        String text = SAMPLE + SAMPLE.toUpperCase() + "\u00e9t\u00e9 \u0431\u0438\u0442\u043a\u043e\u0438\u043d pay";
        for (String topic : topics) {
            PhraseList list = PhraseList.load(topic, "en");
            assertThat(list.find(text, 0, text.length())).as(topic).isEqualTo(slow(list, text));
        }
    }

    @Test
    void everyOneOfOurListsUsesTheFastWay() {
        for (String topic : List.of("virus-alert", "hacked-device", "sent-from-account", "remote-access",
                "remote-tools", "remote-actions", "payment-giftcard", "payment-crypto", "payment-transfer",
                "payment-wire", "payment-cash", "payment-demand", "payment-send", "payment-strong",
                "payment-innocent", "password-before", "password-after", "crypto-demand")) {
            assertThat(PhraseList.load(topic, "en").isFast()).as(topic).isTrue();
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
    void firstLettersAreWorkedOutOrGivenUp() {
        assertThat(FirstChars.of("(gift|e-?gift)\\s+cards?")).containsExactlyInAnyOrder('g', 'e');
        assertThat(FirstChars.of("['’]ve")).containsExactlyInAnyOrder('\'', '’');
        assertThat(FirstChars.of("\\d{1,3} days")).hasSize(10);
        assertThat(FirstChars.of("(the )?amount")).isNull();
        assertThat(FirstChars.of("\\w+ here")).isNull();
        assertThat(FirstChars.of("(?=x)y")).isNull();
    }
}
