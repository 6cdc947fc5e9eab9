package io.scamcheck.i18n;

import java.util.List;

/**
 * A sentence for a reader, not yet in words: a key into the {@code messages} resource bundle and the values
 * to put in its placeholders. Turning it into words is {@link Messages}'s job, in the reader's language.
 */
public record Text(String key, List<Object> args) {
    public Text {
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, List.of(args));
    }
}
