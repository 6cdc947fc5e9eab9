package io.scamcheck.ui;

import io.scamcheck.i18n.Messages;
import io.scamcheck.i18n.Text;

/** Turns bundle keys and {@link Text}s into the reader's words. Production uses {@link Messages}. */
@FunctionalInterface
public interface Wording {
    String text(Text text);

    default String get(String key, Object... args) {
        return text(Text.of(key, args));
    }

    static Wording of(Messages messages) {
        return messages::format;
    }
}
