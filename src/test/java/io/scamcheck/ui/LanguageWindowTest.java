package io.scamcheck.ui;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.i18n.Messages;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static io.scamcheck.ui.WindowActions.copy;
import static org.assertj.core.api.Assertions.assertThat;

/** The language choice in the header: the real analyzer, the seed scam pasted, then Deutsch chosen. */
@ExtendWith(ApplicationExtension.class)
class LanguageWindowTest {
    private static final Messages ENGLISH = Messages.english();
    private static final Messages GERMAN = Messages.forLocale(Locale.GERMAN);

    private final ExecutorService checks = TestDetectors.checkThread();
    private final LanguageChoice.Store store = LanguageChoice.memory();
    private LanguageChoice languages;
    private MainViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        languages = new LanguageChoice(store, "en");
        vm = new MainViewModel(Analyzer.standard(), t -> languages.messages().format(t), checks,
                Platform::runLater, Duration.ofSeconds(20));
        ScamCheckApp.show(stage, vm, languages);
    }

    @AfterEach
    void stopChecks() {
        checks.shutdownNow();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Locale> languageBox(FxRobot robot) {
        return robot.lookup("#languageBox").queryAs(ComboBox.class);
    }

    @Test
    void choosingDeutschAfterPastingTheSeedScamPutsEverythingShownIntoGerman(FxRobot robot) throws Exception {
        ComboBox<Locale> box = languageBox(robot);
        assertThat(box.isVisible()).isTrue();
        assertThat(box.getItems()).hasSize(6);
        assertThat(box.getItems().stream().map(LanguageChoice::nameOf).toList())
                .containsExactly("English", "Deutsch", "Português", "Nederlands", "Français", "Español");

        copy(robot, TestDetectors.SEED);
        robot.clickOn("#pasteButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.getScreen() == MainViewModel.Screen.RESULT);
        WaitForAsyncUtils.waitForFxEvents();
        String verdict = vm.getResult().verdict().id();
        assertThat(verdict).isNotEqualTo("no-signs-found");
        assertThat(label(robot, ".verdict-headline")).isEqualTo(ENGLISH.get("verdict." + verdict + ".headline"));
        String text = vm.getResult().text();
        int cards = vm.getResult().cards().size();
        robot.interact(() -> vm.fontSizeProperty().set(20));
        robot.interact(() -> vm.selectCard(1));

        // Chosen like a person would: open the list, pick "Deutsch".
        robot.clickOn("#languageBox");
        robot.clickOn("Deutsch");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label(robot, ".verdict-headline")).isEqualTo(GERMAN.get("verdict." + verdict + ".headline"))
                .isNotEqualTo(ENGLISH.get("verdict." + verdict + ".headline"));
        assertThat(label(robot, ".verdict-summary")).isEqualTo(GERMAN.get("verdict." + verdict + ".summary"));
        assertThat(stage.getTitle()).isEqualTo("Ist das Betrug?");
        assertThat(label(robot, ".app-name")).isEqualTo("Ist das Betrug?");
        assertThat(label(robot, "#sourceLabel")).isEqualTo("Geprüft: der eingefügte Text");
        // The same message and findings, the chosen card still chosen, the text size kept.
        assertThat(vm.getResult().text()).isEqualTo(text);
        assertThat(vm.getResult().cards()).hasSize(cards);
        assertThat(vm.getSelectedCard()).isEqualTo(1);
        assertThat(vm.fontSizeProperty().get()).isEqualTo(20);
        // Every card's title is the German one for its kind.
        for (CardModel c : vm.getResult().cards()) {
            assertThat(c.title()).isNotEqualTo(ENGLISH.get("kind." + c.kindId() + ".title"));
        }
        List<String> shownTitles = robot.lookup(".card-title").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(shownTitles).contains(GERMAN.get("kind." + vm.getResult().cards().get(0).kindId() + ".title"));
        // Remembered for the next run, and the list shows the choice.
        assertThat(store.load()).contains("de");
        assertThat(languageBox(robot).getValue()).isEqualTo(Locale.GERMAN);
        assertThat(new LanguageChoice(store, null).current()).isEqualTo(Locale.GERMAN);
    }
}
