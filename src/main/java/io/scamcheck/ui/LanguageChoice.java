package io.scamcheck.ui;

import io.scamcheck.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reader's language in the window. It is, in order: the one given on the command line ({@code --lang}),
 * the one the reader last chose in the window (remembered between runs), the system's, or English. Choosing
 * one in the window remembers it and tells the window to put everything into the new words.
 */
public final class LanguageChoice {
    /** Where the chosen language is remembered; tests use {@link #memory()}. */
    public interface Store {
        Optional<String> load();

        void save(String code);
    }

    private final Store store;
    private final List<Consumer<Locale>> listeners = new ArrayList<>();
    private volatile Messages messages;

    /**
     * @param store    where the reader's choice is remembered
     * @param override a language code given for this run only (the command line's {@code --lang}), or null
     */
    public LanguageChoice(Store store, String override) {
        this.store = store;
        Locale start = Messages.language(override)
                .or(() -> store.load().flatMap(Messages::language))
                .orElse(Messages.supported(Locale.getDefault()));
        this.messages = Messages.forLocale(start);
    }

    public Messages messages() {
        return messages;
    }

    public Locale current() {
        return messages.locale();
    }

    /** The languages to choose from, each with its own name for itself ("Deutsch"). */
    public List<Locale> languages() {
        return Messages.LANGUAGES;
    }

    public static String nameOf(Locale language) {
        return Messages.forLocale(language).languageName();
    }

    /** Called, on the caller's thread, after the reader chose another language. */
    public void onChange(Consumer<Locale> listener) {
        listeners.add(listener);
    }

    /** The reader chose a language: remember it and tell the window, unless it is the one in use. */
    public void choose(Locale language) {
        Locale chosen = Messages.supported(language);
        store.save(chosen.toLanguageTag());
        if (chosen.equals(current())) {
            return;
        }
        messages = Messages.forLocale(chosen);
        for (Consumer<Locale> l : List.copyOf(listeners)) {
            l.accept(chosen);
        }
    }

    /** Remembers the choice with the window's other settings (Java preferences, per user, on this computer). */
    public static Store in(Settings settings) {
        return new Store() {
            @Override
            public Optional<String> load() {
                return settings.language();
            }

            @Override
            public void save(String code) {
                settings.saveLanguage(code);
            }
        };
    }

    /** Remembers the choice only while the program runs. */
    public static Store memory() {
        return in(Settings.inMemory());
    }
}
