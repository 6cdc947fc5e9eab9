package io.scamcheck.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Every sentence a reader sees comes from here: the {@code io.scamcheck.messages} bundle, in the reader's
 * language. The reader's language is the system's ({@link Locale#getDefault()}) when it is one of
 * {@link #LANGUAGES}, else English; the command line's {@code --lang} and the window's language choice can
 * pick another. It never depends on the language the checked message is written in.
 */
public final class Messages {
    public static final String BUNDLE = "io.scamcheck.messages";

    /** The languages the program speaks, English first (the base bundle). */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, new Locale("pt"),
            new Locale("nl"), Locale.FRENCH, new Locale("es"));

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(locale);
    }

    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    /** The words in the system's language, or English when the program does not speak it. */
    public static Messages system() {
        return new Messages(supported(Locale.getDefault()));
    }

    /** The supported language nearest to a locale: same language (any country), else English. */
    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale l : LANGUAGES) {
                if (l.getLanguage().equals(locale.getLanguage())) {
                    return l;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * A supported language by its code ({@code de}, {@code pt-BR}, {@code fr_FR}; any case), or empty when the
     * program does not speak it.
     */
    public static Optional<Locale> language(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String lang = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(lang)).findFirst();
    }

    /** The language's own name in its own words ("Deutsch", "Français"), for a list to choose from. */
    public String languageName() {
        return get("language.name");
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message key: " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public String format(Text text) {
        return get(text.key(), text.args().toArray());
    }

    /** Several sentences as one paragraph, separated by spaces. */
    public String join(java.util.List<Text> texts) {
        StringBuilder sb = new StringBuilder();
        for (Text t : texts) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(format(t));
        }
        return sb.toString();
    }
}
