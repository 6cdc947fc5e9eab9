package io.scamcheck.cli;

import io.scamcheck.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader's language on the command line: --lang, else the system's, else English; ids never change. */
class LanguageCliTest {
    private static final String SCAM = """
            From: Microsoft Support <alert@secure-help-desk.xyz>
            Subject: Your Windows license has expired

            Dear Customer,
            Your computer is infected with a virus and your Windows license will be cancelled today.
            Call Microsoft support now at +1 888 555 0142 to avoid losing your files.
            Pay the renewal fee with Google Play gift cards.
            """;

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run("", args);
    }

    private String verdictOf(String json) {
        int at = json.indexOf("\"verdict\":\"") + "\"verdict\":\"".length();
        return json.substring(at, json.indexOf('"', at));
    }

    /** The JSON with every field in words taken out: what is left are ids, spans and the text. */
    private static String withoutWords(String json) {
        return json.replaceAll("\"(headline|title|explanation|advice|evidence|wordsLanguage)\":\"(?:[^\"\\\\]|\\\\.)*\"", "")
                .replaceAll("\"notes\":\\[[^\\]]*\\]", "");
    }

    @Test
    void langGivesTheWordsInThatLanguageAndKeepsTheIds() throws Exception {
        Path scam = Files.writeString(dir.resolve("scam.txt"), SCAM);
        CliRun en = run("check", "--json", "--lang", "en", scam.toString());
        CliRun de = run("check", "--json", "--lang", "de", scam.toString());
        CliRun pt = run("--lang=pt-BR", "check", "--json", scam.toString());
        assertThat(en.status()).isZero();
        assertThat(de.status()).isZero();
        assertThat(pt.status()).isZero();
        String verdict = verdictOf(en.out());
        assertThat(verdict).isNotEqualTo("no-signs-found");
        // Same verdict and kinds: ids are stable, only the words change.
        assertThat(verdictOf(de.out())).isEqualTo(verdict);
        assertThat(withoutWords(de.out())).isEqualTo(withoutWords(en.out()));
        Messages german = Messages.forLocale(Locale.GERMAN);
        assertThat(de.out()).contains("\"headline\":\"" + german.get("verdict." + verdict + ".headline") + "\"",
                "\"wordsLanguage\":\"de\"", "\"kind\":\"call-this-number\"",
                "\"title\":\"" + german.get("kind.call-this-number.title") + "\"");
        assertThat(pt.out()).contains(Messages.forLocale(new Locale("pt")).get("verdict." + verdict + ".headline"),
                "\"wordsLanguage\":\"pt\"");
    }

    @Test
    void withoutLangTheSystemLanguageIsUsedAndAnUnknownOneFallsBackToEnglish() throws Exception {
        Path scam = Files.writeString(dir.resolve("scam.txt"), SCAM);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            CliRun fr = run("check", scam.toString());
            assertThat(fr.out()).contains(Messages.forLocale(Locale.FRENCH).get("kind.call-this-number.title"));
            Locale.setDefault(Locale.JAPAN);
            CliRun ja = run("check", scam.toString());
            assertThat(ja.out()).contains(Messages.english().get("kind.call-this-number.title"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anUnknownLanguageIsABadUsageThatNamesTheChoices() {
        CliRun r = run("check", "--lang", "xx", "-");
        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("unknown language xx", "en, de, pt, nl, fr, es");
        assertThat(run("check", "--lang").status()).isEqualTo(Cli.USAGE);
    }

    @Test
    void theCommandLineIsRecognisedAfterLang() {
        assertThat(Cli.isCommandLine(new String[] {"--lang", "de", "check", "a.eml"})).isTrue();
        assertThat(Cli.isCommandLine(new String[] {"--lang=de", "eval", "dir"})).isTrue();
        assertThat(Cli.isCommandLine(new String[] {"--lang", "de", "a.eml"})).isFalse();
        assertThat(Cli.isCommandLine(new String[] {"--lang", "check"})).isFalse();
        assertThat(Cli.isCommandLine(new String[0])).isFalse();
    }
}
