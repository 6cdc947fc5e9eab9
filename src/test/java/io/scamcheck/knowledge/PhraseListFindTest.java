package io.scamcheck.knowledge;

import io.scamcheck.intake.Intake;
import io.scamcheck.model.Span;
import io.scamcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PhraseList#find} skips lines that cannot match, for speed. These tests check that it finds the same
 * places as the plain combined pattern on every phrase file, on made-up texts and on real mail when the shared
 * corpus is present.
 */
class PhraseListFindTest {
    private static final Path PHRASES = Path.of("src/main/resources/io/scamcheck/knowledge/phrases");

    private static List<PhraseList> allLists() throws IOException {
        List<PhraseList> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(PHRASES)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".txt") || name.contains("-facts.")) {
                    continue;
                }
                String base = name.substring(0, name.length() - 4);
                int dot = base.lastIndexOf('.');
                out.add(PhraseList.load(base.substring(0, dot), base.substring(dot + 1)));
            }
        }
        return out;
    }

    private static void assertSamePlaces(PhraseList list, String text) {
        List<Span> found = list.find(text, 0, text.length());
        List<Span> plain = new ArrayList<>();
        Matcher m = list.pattern().matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                plain.add(new Span(m.start(), m.end()));
            }
        }
        for (Span p : plain) {
            assertThat(found).as("%s misses %s in: %s", list.topic(), p.textOf(text), snippet(text, p))
                    .anyMatch(f -> f.overlaps(p));
        }
        if (TextFold.needed(text, 0, text.length())) {
            return; // on disguised text find() is meant to see more than the plain pattern
        }
        for (Span f : found) {
            assertThat(plain).as("%s invents %s in: %s", list.topic(), f.textOf(text), snippet(text, f))
                    .anyMatch(p -> p.overlaps(f));
        }
    }

    private static String snippet(String text, Span s) {
        return text.substring(Math.max(0, s.start() - 60), Math.min(text.length(), s.end() + 60));
    }

    @Test
    void sameAsThePlainPatternOnMadeUpText() throws IOException {
        String text = """
                Subject: URGENT: verify your account within 24 hours
                Dear Valued Customer,
                Your mailbox is almost full. Please log in to your mailbox now to avoid losing mail.
                You've been selected to receive a free iPhone! Complete this short survey to claim your reward.
                I am Special Agent Dunn of the Federal Bureau of Investigation. [IRS Report] your refund of $812.40 is ready.
                Send us your full name, home address and phone number. Keep this between us; do not tell your bank.
                Your subscription will renew today for $399.99. If you did not authorize this purchase, call +1 808 555 0199.
                FULL NAME: ........
                ADDRESS: ________
                Don’t wait, only 2 days left. Your account will be permanently suspended. 400% bonus + 100 free spins.
                """;
        for (PhraseList list : allLists()) {
            assertSamePlaces(list, text);
            assertSamePlaces(list, text.repeat(30));
            assertSamePlaces(list, "");
        }
    }

    @Test
    void sameAsThePlainPatternOnRealMail() throws Exception {
        Optional<Path> shared = Fixtures.shared();
        Path labels = Fixtures.sharedFile("corpus/labels.tsv");
        List<String> texts = new ArrayList<>();
        List<String> rows = Files.readAllLines(labels);
        for (int i = 1; i < rows.size(); i += 25) {
            String path = rows.get(i).split("\t")[0];
            try {
                texts.add(Intake.fromFile(shared.orElseThrow().resolve("corpus").resolve(path)).text());
            } catch (Exception e) {
                // unreadable samples are the intake's business
            }
        }
        List<PhraseList> lists = allLists();
        for (String t : texts) {
            for (PhraseList list : lists) {
                assertSamePlaces(list, t);
            }
        }
    }

    @Test
    void disguisedWordsMatchAndSpansCoverTheOriginal() {
        PhraseList list = PhraseList.of("t", "en", List.of("verify your account", "your payment information",
                "your photos"));
        // Cyrillic look-alikes, a zero-width space, a Greek capital Rho, mathematical bold letters
        String text = "Please v\u0435rify your a\u200Bc\u0441ount. Update your \u03A1ayment information. "
                + "\uD835\uDC18\uD835\uDC0E\uD835\uDC14\uD835\uDC11 photos";
        List<Span> found = list.find(text, 0, text.length());
        assertThat(found).extracting(s -> s.textOf(text)).containsExactly(
                "v\u0435rify your a\u200Bc\u0441ount", "your \u03A1ayment information",
                "\uD835\uDC18\uD835\uDC0E\uD835\uDC14\uD835\uDC11 photos");
    }

    @Test
    void spaceConventions() {
        PhraseList list = PhraseList.of("t", "en", List.of("gift ?cards?", "log in now", "\\$\\s?\\d"));
        String text = "Buy giftcards or gift cards. Please log\n   in now. Pay $250 today.";
        assertThat(list.find(text, 0, text.length())).extracting(s -> s.textOf(text))
                .containsExactly("giftcards", "gift cards", "log\n   in now", "$2");
        assertThat(list.pattern().matcher("a logging in now").find()).isFalse();
    }

    @Test
    void plainTextNeedsNoFolding() {
        String text = "Plain text, caf\u00e9 and na\u00efve words \u2014 \u201cquoted\u201d.";
        assertThat(TextFold.needed(text, 0, text.length())).isFalse();
    }

    @Test
    void requiredStringsAreFoundInSimplePatterns() {
        assertThat(RequiredLiterals.of("\\bFederal\\s+Bureau\\s+of\\s+Investigation\\b"))
                .containsExactly("investigation");
        assertThat(RequiredLiterals.of("\\b(?:verify|confirm)\\s+your\\s+data\\b")).containsExactly("verify", "confirm");
        assertThat(RequiredLiterals.of("re-?validate")).containsExactly("re-validate", "revalidate");
        assertThat(RequiredLiterals.of("authori[sz]e")).containsExactly("authorise", "authorize");
        assertThat(RequiredLiterals.of("(?-i:\\b(?:FBI|F\\.B\\.I)\\b)")).containsExactly("fbi", "f.b.i");
        assertThat(RequiredLiterals.of("\\d+\\s?%")).containsExactly("%");
        assertThat(RequiredLiterals.of("(?:foo)?\\w+")).isNull();
        assertThat(RequiredLiterals.of("a|\\w")).isNull();
    }
}
