package io.scamcheck.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language the window starts in, and what choosing one does. */
class LanguageChoiceTest {
    private static LanguageChoice start(LanguageChoice.Store store, String override, Locale system) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(system);
            return new LanguageChoice(store, override);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theCommandLineWinsThenTheRememberedChoiceThenTheSystemThenEnglish() {
        LanguageChoice.Store store = LanguageChoice.memory();
        assertThat(start(store, null, Locale.JAPAN).current()).isEqualTo(Locale.ENGLISH);
        assertThat(start(store, null, new Locale("nl", "BE")).current()).isEqualTo(new Locale("nl"));
        store.save("pt");
        assertThat(start(store, null, new Locale("nl", "BE")).current()).isEqualTo(new Locale("pt"));
        assertThat(start(store, "fr", new Locale("nl", "BE")).current()).isEqualTo(Locale.FRENCH);
        // An override is for this run only; an unknown one is ignored.
        assertThat(store.load()).contains("pt");
        assertThat(start(store, "xx", Locale.GERMANY).current()).isEqualTo(new Locale("pt"));
        store.save("klingon");
        assertThat(start(store, null, Locale.GERMANY).current()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void choosingRemembersTellsTheWindowAndChangesTheWords() {
        LanguageChoice.Store store = LanguageChoice.memory();
        LanguageChoice choice = start(store, "en", Locale.US);
        List<Locale> told = new ArrayList<>();
        choice.onChange(told::add);
        assertThat(choice.messages().get("window.title")).isEqualTo("Is this a scam?");
        choice.choose(new Locale("es", "MX"));
        assertThat(told).containsExactly(new Locale("es"));
        assertThat(store.load()).contains("es");
        assertThat(choice.messages().get("window.title")).isEqualTo("¿Es una estafa?");
        // Choosing the language already in use changes nothing on screen.
        choice.choose(new Locale("es"));
        assertThat(told).hasSize(1);
    }
}
