package io.scamcheck.ui;

import io.scamcheck.detect.DetectorRegistry;
import io.scamcheck.detect.Kind;
import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Messages;
import io.scamcheck.testing.Fixtures;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static io.scamcheck.ui.WindowActions.clickWords;
import static io.scamcheck.ui.WindowActions.copy;
import static io.scamcheck.ui.WindowActions.realModel;
import static io.scamcheck.ui.WindowActions.shownKinds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The seed scam pasted into the real window with the real detectors: the verdict, one card per claim, the
 * claim's words marked, a card click marking its words, and a picture of the window in target/.
 * Skipped while the detectors are not in the build yet, and when ../shared is absent.
 */
@ExtendWith(ApplicationExtension.class)
class SeedWindowTest {
    private final Messages messages = Messages.english();
    private final ExecutorService checks = TestDetectors.checkThread();
    private MainViewModel vm;
    private MainController window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = realModel(messages, checks, Duration.ofSeconds(20));
        window = ScamCheckApp.show(stage, vm, messages);
    }

    @BeforeEach
    void needsDetectors() {
        assumeFalse(DetectorRegistry.all().isEmpty(), "the seed detectors are not merged yet");
    }

    @AfterEach
    void stopChecks() {
        checks.shutdownNow();
    }

    private void awaitResult() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.getScreen() == MainViewModel.Screen.RESULT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Text markedRunWith(String words) {
        return window.messageView().runs().stream()
                .filter(t -> t.getStyleClass().contains("marked") && t.getText().contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("no marked run with " + words));
    }

    @Test
    void pastingTheSeedScamShowsEveryClaimOnItsWords(FxRobot robot) throws Exception {
        String seed = Files.readString(Fixtures.sharedFile("samples/seed-tech-support-scam.txt"));
        copy(robot, seed);
        robot.clickOn("#pasteButton");
        awaitResult();

        assertThat(robot.lookup("#verdictHeadline").queryAs(Label.class).getText())
                .isEqualTo(messages.get("verdict.likely-scam.headline"));
        assertThat(robot.lookup("#verdictGlyph .glyph-stop").tryQuery()).isPresent();

        // One card per finding, in the analyzer's order, with the same words the command line reports.
        Report report = Fixtures.analyze(Fixtures.paste(seed));
        assertThat(robot.lookup(".card .card-title").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyElementsOf(report.findings().stream().map(f -> messages.format(f.title())).toList());
        assertThat(shownKinds(window)).contains(Kind.CRIME_ACCUSATION.id(), Kind.IP_ADDRESS_CLAIM.id(),
                Kind.MAC_ADDRESS_CLAIM.id(), Kind.FAKE_LAW.id(), Kind.LICENSE_CANCELLATION.id(),
                Kind.CALL_THIS_NUMBER.id());

        // The MAC address claim is marked on its words, and says so to a screen reader.
        int mac = shownKinds(window).indexOf(Kind.MAC_ADDRESS_CLAIM.id());
        CardModel macCard = window.cards().get(mac).model();
        Text macWords = markedRunWith("A0:95:6D:C7");
        assertThat(macWords.getAccessibleText()).contains(macCard.title());
        assertThat(String.join(" ", macCard.words())).contains("A0:95:6D:C7");
        assertThat(markedRunWith("1-844-286-1916")).isNotNull();
        assertThat(markedRunWith("Information Technology Act of 1996")).isNotNull();

        // Clicking the card marks exactly its words. (Focusing it first scrolls it into view.)
        robot.interact(() -> window.cards().get(mac).node().requestFocus());
        robot.clickOn(window.cards().get(mac).node());
        assertThat(vm.getSelectedCard()).isEqualTo(mac);
        assertThat(macWords.getStyleClass()).contains("marked-selected");
        assertThat(markedRunWith("1-844-286-1916").getStyleClass()).doesNotContain("marked-selected");

        // And clicking marked words brings their card back.
        robot.clickOn("#anotherButton");
        robot.interact(() -> vm.checkText(seed));
        awaitResult();
        clickWords(robot, window, markedRunWith("1-844-286-1916"));
        assertThat(shownKinds(window).get(vm.getSelectedCard())).isIn(Kind.CALL_THIS_NUMBER.id(),
                Kind.ODD_CAPITALIZATION.id());
        robot.interact(vm::clearSelection);

        Path png = Snapshots.save(robot, stage.getScene(), "window-seed.png");
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @Test
    void theSeedEmailFileNamesTheCompanyItPretendsToBe(FxRobot robot) throws Exception {
        Path eml = Fixtures.sharedFile("samples/seed-tech-support-scam.eml");
        robot.interact(() -> vm.openFile(eml));
        awaitResult();

        assertThat(vm.getResult().verdict().id()).isEqualTo("likely-scam");
        assertThat(shownKinds(window)).contains(Kind.BRAND_IMPERSONATION.id(), Kind.MAC_ADDRESS_CLAIM.id());
        assertThat(robot.lookup("#sourceLabel").queryAs(Label.class).getText())
                .contains("seed-tech-support-scam.eml");
    }

    /** Clicks on the first letter of a run of the message, as a person would click on the words. */
}
