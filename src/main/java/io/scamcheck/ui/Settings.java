package io.scamcheck.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: the text size, whether the high-contrast colours are on, and the
 * language the reader chose.
 * Injectable, so that tests keep their settings in memory and never touch the person's own.
 */
public interface Settings {
    /** The saved text size in pixels, or {@code fallback} when none is saved. */
    int textSize(int fallback);

    void saveTextSize(int px);

    boolean highContrast();

    void saveHighContrast(boolean on);

    /** The code of the language the reader chose in the window, if any. */
    java.util.Optional<String> language();

    void saveLanguage(String code);

    /** Settings that last only as long as the program runs (tests, screenshots). */
    static Settings inMemory() {
        return new Settings() {
            private Integer size;
            private boolean contrast;
            private String language;

            @Override
            public synchronized int textSize(int fallback) {
                return size == null ? fallback : size;
            }

            @Override
            public synchronized void saveTextSize(int px) {
                size = px;
            }

            @Override
            public synchronized boolean highContrast() {
                return contrast;
            }

            @Override
            public synchronized void saveHighContrast(boolean on) {
                contrast = on;
            }

            @Override
            public synchronized java.util.Optional<String> language() {
                return java.util.Optional.ofNullable(language);
            }

            @Override
            public synchronized void saveLanguage(String code) {
                language = code;
            }
        };
    }

    /** The person's own settings, kept by Java's preferences store under this program's node. */
    static Settings preferences() {
        return preferences(Preferences.userNodeForPackage(Settings.class));
    }

    /** Settings kept in a preferences node. A store that cannot be written is ignored, never fatal. */
    static Settings preferences(Preferences node) {
        return new Settings() {
            @Override
            public int textSize(int fallback) {
                try {
                    return node.getInt("textSize", fallback);
                } catch (RuntimeException e) {
                    return fallback;
                }
            }

            @Override
            public void saveTextSize(int px) {
                put(() -> node.putInt("textSize", px));
            }

            @Override
            public boolean highContrast() {
                try {
                    return node.getBoolean("highContrast", false);
                } catch (RuntimeException e) {
                    return false;
                }
            }

            @Override
            public void saveHighContrast(boolean on) {
                put(() -> node.putBoolean("highContrast", on));
            }

            @Override
            public java.util.Optional<String> language() {
                try {
                    return java.util.Optional.ofNullable(node.get("language", null));
                } catch (RuntimeException e) {
                    return java.util.Optional.empty();
                }
            }

            @Override
            public void saveLanguage(String code) {
                put(() -> node.put("language", code));
            }

            private void put(Runnable change) {
                try {
                    change.run();
                    node.flush();
                } catch (BackingStoreException | RuntimeException e) {
                    // Not remembered this time; the window works the same.
                    System.err.println("scamcheck: could not save a setting: " + e);
                }
            }
        };
    }
}
