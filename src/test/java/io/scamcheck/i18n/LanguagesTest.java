package io.scamcheck.i18n;

import io.scamcheck.detect.Report;
import io.scamcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language the reader gets. */
class LanguagesTest {
    @Test
    void aSupportedLanguageIsFoundByCodeWhateverItsCountryOrCase() {
        assertThat(Messages.language("de")).contains(Locale.GERMAN);
        assertThat(Messages.language("pt-BR")).contains(new Locale("pt"));
        assertThat(Messages.language("pt_PT")).contains(new Locale("pt"));
        assertThat(Messages.language("FR")).contains(Locale.FRENCH);
        assertThat(Messages.language("nl-BE")).contains(new Locale("nl"));
        assertThat(Messages.language("es-419")).contains(new Locale("es"));
        assertThat(Messages.language("ja")).isEmpty();
        assertThat(Messages.language("")).isEmpty();
        assertThat(Messages.language(null)).isEmpty();
    }

    @Test
    void theSystemLanguageIsFollowedAndAnotherFallsBackToEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("de", "AT"));
            assertThat(Messages.system().locale()).isEqualTo(Locale.GERMAN);
            assertThat(Messages.system().get("window.title")).isEqualTo("Ist das Betrug?");
            Locale.setDefault(new Locale("es", "MX"));
            assertThat(Messages.system().get("window.title")).isEqualTo("¿Es una estafa?");
            Locale.setDefault(Locale.CHINA);
            assertThat(Messages.system().locale()).isEqualTo(Locale.ENGLISH);
            assertThat(Messages.system().get("window.title")).isEqualTo("Is this a scam?");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void eachLanguageNamesItselfInItsOwnWords() {
        assertThat(Messages.LANGUAGES.stream().map(l -> Messages.forLocale(l).languageName()).toList())
                .containsExactly("English", "Deutsch", "Português", "Nederlands", "Français", "Español");
    }

    @Test
    void theVerdictIsInTheReadersLanguageWhateverTheMessagesLanguage() {
        // An English scam read by a German reader, and a German message read by an English reader.
        Report english = Fixtures.analyze(Fixtures.paste("""
                URGENT: Your computer has a virus. Call Microsoft support now at +1 888 555 0142.
                Do not turn off your computer. Pay the fee with gift cards.
                """));
        String id = english.verdict().verdict().id();
        assertThat(Messages.forLocale(Locale.GERMAN).format(english.verdict().headline()))
                .isEqualTo(Messages.forLocale(Locale.GERMAN).get("verdict." + id + ".headline"))
                .isNotEqualTo(Messages.english().get("verdict." + id + ".headline"));
        Report german = Fixtures.analyze(Fixtures.paste("""
                Hallo Anna, wir sehen uns am Freitag zum Mittagessen. Viele Grüße, Ben
                """));
        String gid = german.verdict().verdict().id();
        assertThat(Messages.english().format(german.verdict().headline()))
                .isEqualTo(Messages.english().get("verdict." + gid + ".headline"));
    }
}
