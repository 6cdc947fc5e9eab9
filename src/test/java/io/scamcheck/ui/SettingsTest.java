package io.scamcheck.ui;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text size and the theme are remembered between runs, in a store the tests replace: the real
 * preferences code runs against a preferences node kept in memory, so the person's own are never touched.
 */
class SettingsTest {
    private static final Executor NOW = Runnable::run;

    private static MainViewModel window(Settings settings) {
        return new MainViewModel(TestDetectors::analyzer, TestDetectors.wording(), NOW, NOW, Duration.ofSeconds(10),
                settings);
    }

    @Test
    void largerTextAndHighContrastAreThereNextTime() {
        Settings store = Settings.preferences(new MemoryPreferences());
        MainViewModel first = window(store);
        assertThat(first.fontSizeProperty().get()).isEqualTo(MainViewModel.DEFAULT_FONT_SIZE);
        assertThat(first.isHighContrast()).isFalse();
        first.largerText();
        first.largerText();
        first.largerText();
        first.toggleHighContrast();

        MainViewModel next = window(store);
        assertThat(next.fontSizeProperty().get()).isEqualTo(MainViewModel.DEFAULT_FONT_SIZE + 6);
        assertThat(next.isHighContrast()).isTrue();

        next.smallerText();
        next.toggleHighContrast();
        MainViewModel third = window(store);
        assertThat(third.fontSizeProperty().get()).isEqualTo(MainViewModel.DEFAULT_FONT_SIZE + 4);
        assertThat(third.isHighContrast()).isFalse();
    }

    @Test
    void optionsForOneRunAreNotRemembered() {
        Settings store = Settings.inMemory();
        MainViewModel vm = window(store);
        vm.useTextSizeForNow(30);
        vm.useHighContrastForNow(true);
        assertThat(vm.fontSizeProperty().get()).isEqualTo(30);
        assertThat(vm.isHighContrast()).isTrue();
        MainViewModel next = window(store);
        assertThat(next.fontSizeProperty().get()).isEqualTo(MainViewModel.DEFAULT_FONT_SIZE);
        assertThat(next.isHighContrast()).isFalse();
    }

    @Test
    void aSavedSizeOutOfRangeIsBroughtBackIntoIt() {
        Settings store = Settings.inMemory();
        store.saveTextSize(400);
        assertThat(window(store).fontSizeProperty().get()).isEqualTo(MainViewModel.MAX_FONT_SIZE);
        store.saveTextSize(1);
        assertThat(window(store).fontSizeProperty().get()).isEqualTo(MainViewModel.MIN_FONT_SIZE);
    }

    @Test
    void aStoreThatCannotBeWrittenNeverStopsTheWindow() {
        Settings broken = Settings.preferences(new MemoryPreferences() {
            @Override
            protected void putSpi(String key, String value) {
                throw new IllegalStateException("read-only");
            }
        });
        MainViewModel vm = window(broken);
        vm.largerText();
        vm.toggleHighContrast();
        assertThat(vm.fontSizeProperty().get()).isEqualTo(MainViewModel.DEFAULT_FONT_SIZE + 2);
        assertThat(vm.isHighContrast()).isTrue();
    }

    @Test
    void theStartOptionsAreRead() {
        StartOptions o = StartOptions.parse(java.util.List.of("--example", "--theme=high-contrast",
                "--text-size=28", "--page=already-paid", "--nonsense"));
        assertThat(o.example()).isTrue();
        assertThat(o.highContrast()).contains(true);
        assertThat(o.textSize()).contains(28);
        assertThat(o.alreadyPaidPage()).isTrue();
        assertThat(o.file()).isEmpty();
        StartOptions f = StartOptions.parse(java.util.List.of("mail.eml", "--text-size=big"));
        assertThat(f.file()).contains("mail.eml");
        assertThat(f.textSize()).isEmpty();
        assertThat(f.lang()).isEmpty();
        assertThat(StartOptions.parse(java.util.List.of("--lang", "de", "mail.eml")).lang()).contains("de");
        assertThat(StartOptions.parse(java.util.List.of("--lang", "de", "mail.eml")).file()).contains("mail.eml");
        assertThat(StartOptions.parse(java.util.List.of("--lang=pt")).lang()).contains("pt");
    }

    /** A preferences node kept in a map: the real Preferences code, no file and no registry. */
    static class MemoryPreferences extends AbstractPreferences {
        private final Map<String, String> values = new HashMap<>();

        MemoryPreferences() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(new String[0]);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
        }

        static Preferences fresh() {
            return new MemoryPreferences();
        }
    }
}
