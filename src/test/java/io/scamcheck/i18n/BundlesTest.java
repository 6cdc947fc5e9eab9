package io.scamcheck.i18n;

import io.scamcheck.detect.Kind;
import io.scamcheck.detect.Severity;
import io.scamcheck.intake.IntakeError;
import io.scamcheck.verdict.Verdict;
import io.scamcheck.verdict.VerdictEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six bundles as files: each translation has exactly the English keys, every key is used by the code and
 * every key the code uses exists, each value is a MessageFormat pattern with the same placeholders as the
 * English one, and every language keeps its sentences short.
 */
class BundlesTest {
    private static final Path DIR = Path.of("src/main/resources/io/scamcheck");
    private static final List<String> TRANSLATIONS = List.of("de", "pt", "nl", "fr", "es");

    /** A string literal that looks like a bundle key, or the fixed start of one built in code ("kind."). */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.?)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-z][a-z0-9.-]*)\"");
    private static final Pattern FACTS_TOPIC = Pattern.compile("PhraseFacts\\.load(?:All)?\\(\"([a-z0-9-]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern DATA_KEY = Pattern.compile("(?<![\\w.-])((?:fact|kind|evidence)\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+)(?![\\w.-])");

    /** Fact names a detector finds but deliberately does not show (see CredentialsRequestDetector). */
    private static final Set<String> FACTS_NOT_SHOWN = Set.of("fact.credentials-request.password");

    static Map<String, String> bundle(String lang) throws IOException {
        Path file = DIR.resolve(lang.equals("en") ? "messages.properties" : "messages_" + lang + ".properties");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            out.put(k, p.getProperty(k));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "pt", "nl", "fr", "es"})
    void aTranslationHasExactlyTheEnglishKeys(String lang) throws IOException {
        Set<String> english = new TreeSet<>(bundle("en").keySet());
        Set<String> translated = new TreeSet<>(bundle(lang).keySet());
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);
        assertThat(missing).as("keys missing from messages_%s.properties", lang).isEmpty();
        assertThat(extra).as("keys in messages_%s.properties that English does not have", lang).isEmpty();
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Set<String> english = bundle("en").keySet();
        Set<String> used = usedKeys(english);
        Set<String> unused = new TreeSet<>(english);
        unused.removeAll(used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(english);
        assertThat(unused).as("keys in messages.properties that no code uses").isEmpty();
        assertThat(missing).as("keys the code uses that messages.properties lacks").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "pt", "nl", "fr", "es"})
    void everyValueIsAPatternWithTheEnglishPlaceholders(String lang) throws IOException {
        Map<String, String> english = bundle("en");
        for (Map.Entry<String, String> e : bundle(lang).entrySet()) {
            String value = e.getValue();
            MessageFormat format = new MessageFormat(value, Locale.forLanguageTag(lang));
            assertThat(value).as("%s %s is blank", lang, e.getKey()).isNotBlank();
            if (english.containsKey(e.getKey())) {
                assertThat(placeholders(value)).as("%s %s placeholders", lang, e.getKey())
                        .isEqualTo(placeholders(english.get(e.getKey())));
            }
            // Formatted with sample values, nothing of the pattern's syntax may be left over.
            Object[] args = {3, 4, 5, 6};
            String shown = format.format(args);
            assertThat(shown).as("%s %s formats cleanly", lang, e.getKey()).doesNotContain("{", "}");
            if (!lang.equals("en")) {
                // A straight apostrophe vanishes in a MessageFormat pattern; translations use the typographic one.
                assertThat(value).as("%s %s has a straight apostrophe; use \u2019", lang, e.getKey())
                        .doesNotContain("'");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "pt", "nl", "fr", "es"})
    void sentencesAreShortInEveryLanguage(String lang) throws IOException {
        int sentences = 0;
        int words = 0;
        for (Map.Entry<String, String> e : bundle(lang).entrySet()) {
            if (e.getKey().startsWith("evidence.")) {
                continue; // technical details for a helper, not sentences
            }
            for (String sentence : Plainness.sentences(Plainness.withoutPlaceholders(e.getValue()))) {
                List<String> w = Plainness.words(sentence);
                if (w.isEmpty()) {
                    continue;
                }
                sentences++;
                words += w.size();
                assertThat(w.size()).as("%s %s: sentence too long: %s", lang, e.getKey(), sentence)
                        .isLessThanOrEqualTo(Plainness.MAX_SENTENCE_WORDS);
                for (String word : w) {
                    for (String part : word.split("-")) {
                        assertThat(part.length()).as("%s %s: word too long: %s", lang, e.getKey(), word)
                                .isLessThanOrEqualTo(Plainness.MAX_WORD_LETTERS);
                    }
                }
            }
        }
        double average = (double) words / sentences;
        assertThat(average).as("%s: average words per sentence", lang)
                .isLessThanOrEqualTo(Plainness.MAX_AVERAGE_SENTENCE_WORDS);
    }

    /**
     * German has its own readability measure, the Wiener Sachtextformel (about the school year a reader
     * needs). All the German explanations together stay at an easy level, and no single explanation or fact
     * of two or more sentences is hard.
     */
    @Test
    void germanExplanationsAreEasyByTheWienerSachtextformel() throws IOException {
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, String> e : bundle("de").entrySet()) {
            if (!e.getKey().matches("(kind|fact|verdict|error|intake)\\..*")) {
                continue;
            }
            all.add(e.getValue());
            if (Plainness.sentences(e.getValue()).size() >= 2) {
                assertThat(WienerSachtextformel.score(List.of(e.getValue()))).as("%s: %s", e.getKey(), e.getValue())
                        .isLessThanOrEqualTo(13.0);
            }
        }
        assertThat(WienerSachtextformel.score(all)).as("all German explanations").isLessThanOrEqualTo(7.0);
        // The measure can tell: office German scores far above the limits.
        assertThat(WienerSachtextformel.score(List.of("Die zuständigen Sozialversicherungsträger verlangen "
                + "grundsätzlich eine ordnungsgemäße Authentifizierung sämtlicher Leistungsempfänger gegenüber "
                + "den Verwaltungsbehörden. Andernfalls erfolgt unverzüglich eine Einstellung der Zahlungen.")))
                .isGreaterThan(13.0);
    }

    @Test
    void nonAsciiLettersSurviveTheBundle() {
        assertThat(Messages.forLocale(Locale.GERMAN).get("window.text.larger")).isEqualTo("Größere Schrift");
        assertThat(Messages.forLocale(new Locale("pt")).get("window.verdict.icon.no-signs-found"))
                .isEqualTo("Placa de informação");
        assertThat(Messages.forLocale(new Locale("pt", "BR")).get("window.text.size")).isEqualTo("Tamanho do texto");
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    // --- which keys the code uses -------------------------------------------------------------------------

    /**
     * Every key the code names: whole keys written as string literals (Java and FXML), and the keys built
     * from a fixed start ("kind." + id + ".title"), each start listed here from the enum or data it is built
     * from. An unknown start fails the test, so a new way of building keys must be taught here.
     */
    private static Set<String> usedKeys(Set<String> english) throws IOException {
        Set<String> used = new TreeSet<>();
        Set<String> unknownStarts = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/main"))) {
            files = s.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList();
        }
        for (Path file : files) {
            String source = Files.readString(file);
            Matcher fx = FXML_KEY.matcher(source);
            while (fx.find()) {
                used.add(fx.group(1));
            }
            Matcher m = LITERAL.matcher(source);
            while (m.find()) {
                String literal = m.group(1);
                if (!literal.endsWith(".")) {
                    if (!english.contains(literal) && english.contains(literal + 1)) {
                        // A numbered run read up to the first gap ("window.paid.step" + 1, 2, ...).
                        for (int i = 1; english.contains(literal + i); i++) {
                            used.add(literal + i);
                        }
                    } else if (english.contains(literal) || looksLikeAKey(literal)) {
                        used.add(literal);
                    }
                    continue;
                }
                if (english.stream().noneMatch(k -> k.startsWith(literal))) {
                    continue; // not a key (a file ending, a package name)
                }
                List<String> built = built(literal, source);
                if (built == null) {
                    unknownStarts.add(literal + " in " + file);
                } else {
                    used.addAll(built);
                }
            }
        }
        // Data files may name a fact for a line (knowledge/laws.tsv: fact.law.it-act).
        try (Stream<Path> s = Files.walk(DIR.resolve("knowledge"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Matcher m = DATA_KEY.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(unknownStarts).as("keys built from these starts: list them in BundlesTest.built").isEmpty();
        return used;
    }

    /** A literal in a key family the bundle owns (so a key the code names but the bundle lacks is caught). */
    private static boolean looksLikeAKey(String literal) {
        return literal.matches("(kind|fact|evidence|verdict|error|intake|window|language)\\.[a-z0-9.-]*[a-z0-9]")
                && !literal.matches(".*\\.(txt|tsv|fxml|css|png|eml|properties)");
    }

    /** The keys built in code from a fixed start, or null when this test does not know how they are built. */
    private static List<String> built(String start, String source) {
        List<String> keys = new ArrayList<>();
        switch (start) {
            case "kind." -> {
                for (Kind k : Kind.values()) {
                    keys.addAll(List.of(k.titleKey(), k.explanationKey(), k.adviceKey()));
                }
            }
            case "verdict." -> {
                for (Verdict v : Verdict.values()) {
                    keys.add(v.headlineKey());
                    keys.add(v.summaryKey());
                    for (int i = 1; i <= stepCount(v); i++) {
                        keys.add("verdict." + v.id() + ".step" + i);
                    }
                }
            }
            case "error." -> {
                for (IntakeError e : IntakeError.values()) {
                    keys.add(e.messageKey());
                }
            }
            case "window.severity.", "report.severity." -> {
                for (Severity s : Severity.values()) {
                    keys.add(start + s.id());
                }
            }
            case "window.verdict.icon." -> {
                for (Verdict v : Verdict.values()) {
                    keys.add(start + v.id());
                }
            }
            // FileLooks names the two files people drop by mistake.
            case "window.error." -> keys.addAll(List.of(start + "pdf", start + "image"));
            case "fact.unusual-payment." -> keys.addAll(unusualPaymentFacts());
            default -> {
                Matcher topic = FACTS_TOPIC.matcher(source);
                if (!start.startsWith("fact.") || !topic.find()) {
                    return null;
                }
                String name = topic.group(1);
                if (topic.find()) {
                    return null; // two facts files in one class: which start goes with which is unclear
                }
                for (String fact : factNames(name)) {
                    String key = start + fact;
                    if (!FACTS_NOT_SHOWN.contains(key)) {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }

    /** The rule names of a facts file, in every language it exists in. */
    private static Set<String> factNames(String topic) {
        Set<String> names = new HashSet<>();
        try (Stream<Path> s = Files.list(DIR.resolve("knowledge/phrases"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(topic + ".")).toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (!line.isBlank() && !line.startsWith("#") && tab > 0) {
                        names.add(line.substring(0, tab).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(names).as("fact names in knowledge/phrases/%s.*.txt", topic).isNotEmpty();
        return names;
    }

    private static int stepCount(Verdict v) {
        try {
            Field f = VerdictEngine.class.getDeclaredField("STEP_COUNTS");
            f.setAccessible(true);
            return ((Map<?, ?>) f.get(null)).containsKey(v) ? (Integer) ((Map<?, ?>) f.get(null)).get(v) : 0;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("VerdictEngine.STEP_COUNTS moved: teach BundlesTest where the steps are", e);
        }
    }

    private static List<String> unusualPaymentFacts() {
        try {
            Class<?> methods = Class.forName("io.scamcheck.detect.UnusualPaymentDetector$Method");
            Method factKey = methods.getDeclaredMethod("factKey");
            factKey.setAccessible(true);
            List<String> keys = new ArrayList<>();
            for (Object m : methods.getEnumConstants()) {
                keys.add((String) factKey.invoke(m));
            }
            return keys;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("UnusualPaymentDetector.Method moved: teach BundlesTest its fact keys", e);
        }
    }
}
