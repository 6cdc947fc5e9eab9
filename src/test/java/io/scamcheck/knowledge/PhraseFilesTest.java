package io.scamcheck.knowledge;

import io.scamcheck.model.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every phrase file in every language is valid, and {@link Phrases} runs the right languages' lines. */
class PhraseFilesTest {
    private static final Path DIR = Path.of("src/main/resources/io/scamcheck/knowledge/phrases");
    private static final Pattern NAME = Pattern.compile("(.+)\\.([a-z]{2})\\.txt");

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void everyFileIsInAKnownLanguageAndHasAnEnglishTwin() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path p : files()) {
            Matcher m = NAME.matcher(p.getFileName().toString());
            if (!m.matches() || !Languages.SUPPORTED.contains(m.group(2))) {
                problems.add(p.getFileName() + ": not <topic>.<lang>.txt with a supported language");
            } else if (!Files.exists(DIR.resolve(m.group(1) + ".en.txt"))) {
                problems.add(p.getFileName() + ": no English file for the topic");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyLineOfEveryLanguageCompiles() throws IOException {
        int lines = 0;
        for (Path p : files()) {
            Matcher m = NAME.matcher(p.getFileName().toString());
            assertThat(m.matches()).isTrue();
            String topic = m.group(1);
            String lang = m.group(2);
            if (topic.endsWith("-facts")) {
                assertThat(PhraseFacts.load(topic, lang).size()).as(p.getFileName().toString()).isPositive();
            } else {
                PhraseList list = PhraseList.load(topic, lang);
                lines += list.size();
            }
        }
        assertThat(lines).isGreaterThan(500);
    }

    @Test
    void theMainTopicsHaveDataInEveryLanguage() {
        for (String topic : List.of("greetings", "deadline", "threats", "credentials", "windfall", "windfall-weak",
                "personal-info", "personal-info-items", "charges-fee", "charges-refund", "charges-claim",
                "crime-accusation", "not-before", "if-not", "reported")) {
            assertThat(Phrases.load(topic).languages()).as(topic).containsExactlyInAnyOrderElementsOf(Languages.SUPPORTED);
        }
    }

    @Test
    void findRunsOnlyTheGivenLanguagesAndMergesThem() {
        Phrases deadline = Phrases.load("deadline");
        String text = "Bitte innerhalb von 24 Stunden antworten, or reply within 24 hours.";
        List<Span> en = deadline.find(Set.of("en"), text, 0, text.length());
        List<Span> both = deadline.find(Set.of("en", "de"), text, 0, text.length());
        assertThat(en).extracting(s -> s.textOf(text)).containsExactly("within 24 hours");
        assertThat(both).extracting(s -> s.textOf(text)).containsExactly("innerhalb von 24 Stunden", "within 24 hours");
        assertThat(deadline.pattern(Set.of("de")).matcher(text).find()).isTrue();
        assertThat(deadline.pattern(Set.of("nl")).matcher(text).find()).isFalse();
    }
}
