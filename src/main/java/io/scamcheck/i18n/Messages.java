package io.scamcheck.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every sentence a reader sees comes from here: the {@code io.scamcheck.messages} bundle. */
public final class Messages {
    public static final String BUNDLE = "io.scamcheck.messages";

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
