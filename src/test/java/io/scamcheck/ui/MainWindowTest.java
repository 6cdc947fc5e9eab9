package io.scamcheck.ui;

import io.scamcheck.i18n.Messages;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static io.scamcheck.ui.WindowActions.clickWords;
import static io.scamcheck.ui.WindowActions.copy;
import static io.scamcheck.ui.WindowActions.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The real window, driven like a person would: clipboard, buttons, clicks and keys. Stand-in detector. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final Messages messages = Messages.english();
    private final ExecutorService checks = TestDetectors.checkThread();
    private MainViewModel vm;
    private MainController window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new MainViewModel(TestDetectors.analyzer(), TestDetectors.wording(), checks, Platform::runLater,
                Duration.ofSeconds(10));
        window = ScamCheckApp.show(stage, vm, messages);
    }

    @AfterEach
    void stopChecks() {
        checks.shutdownNow();
    }

    private void clearClipboard(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }

    private void awaitResult() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.getScreen() == MainViewModel.Screen.RESULT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pasteSeed(FxRobot robot) throws Exception {
        copy(robot, TestDetectors.SEED);
        robot.clickOn("#pasteButton");
        awaitResult();
    }

    private List<Text> markedRuns(FxRobot robot) {
        return robot.lookup(".marked").queryAllAs(Text.class).stream().toList();
    }

    private Text run(FxRobot robot, String words) {
        return window.messageView().runs().stream().filter(t -> t.getText().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no run with the words " + words));
    }

    @Test
    void theEmptyScreenSaysWhatToDo(FxRobot robot) {
        clearClipboard(robot);
        assertThat(stage.getTitle()).isEqualTo("Is this a scam?");
        assertThat(stage.getIcons()).isNotEmpty();
        assertThat(text(robot, ".empty-headline")).isEqualTo(messages.get("window.empty.headline"));
        assertThat(robot.lookup("#pasteButton").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#openButton").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#resultScreen").query().isVisible()).isFalse();
        assertThat(robot.lookup("#pasteButton").query().isFocused()).isTrue();
        // Buttons that show a sign instead of words say what they do to a screen reader.
        for (Button b : robot.lookup(".text-size-button").queryAllAs(Button.class)) {
            assertThat(b.getAccessibleText()).isNotBlank();
        }
        Snapshots.save(robot, stage.getScene(), "window-empty.png");

        // Large text: nothing is cut short, and the buttons can still be reached.
        robot.interact(() -> vm.fontSizeProperty().set(28));
        WaitForAsyncUtils.waitForFxEvents();
        assertNothingCutShort(robot);
        robot.clickOn("#pasteButton");
        assertThat(vm.getError()).isEqualTo(messages.get("window.error.empty-clipboard"));
        Snapshots.save(robot, stage.getScene(), "window-empty-large-text.png");
    }

    private static void assertNothingCutShort(FxRobot robot) {
        for (Labeled l : robot.lookup(n -> n instanceof Labeled).queryAllAs(Labeled.class)) {
            if (isShown(l) && l.getText() != null && !l.getText().isEmpty()) {
                assertThat(isCutShort(l)).as(l.getText()).isFalse();
            }
        }
    }

    @Test
    void pastingShowsTheVerdictTheCardsAndTheMarkedWords(FxRobot robot) throws Exception {
        pasteSeed(robot);

        assertThat(robot.lookup("#emptyScreen").query().isVisible()).isFalse();
        assertThat(text(robot, "#verdictHeadline")).isEqualTo(messages.get("verdict.likely-scam.headline"));
        assertThat(text(robot, "#verdictSummary")).isEqualTo(messages.get("verdict.likely-scam.summary"));
        assertThat(robot.lookup(".verdict-step").queryAllAs(Label.class)).hasSize(4)
                .first().extracting(Label::getText).isEqualTo(messages.get("verdict.likely-scam.step1"));
        assertThat(robot.lookup(".verdict-step-number").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("1.", "2.", "3.", "4.");
        // Not colour alone: the verdict has its sign, with words for a screen reader.
        Node sign = robot.lookup("#verdictGlyph .glyph-stop").query();
        assertThat(sign.getAccessibleText()).isEqualTo(messages.get("window.verdict.icon.likely-scam"));

        assertThat(robot.lookup(".card .card-title").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly(TestDetectors.MAC_TITLE, TestDetectors.CALL_TITLE, TestDetectors.CAPS_TITLE);
        assertThat(text(robot, "#cardsTitle")).isEqualTo("What we found (3)");
        assertThat(robot.lookup(".card .card-severity").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly(messages.get("window.severity.danger"), messages.get("window.severity.danger"),
                        messages.get("window.severity.caution"));

        List<Text> marked = markedRuns(robot);
        assertThat(marked).extracting(Text::getText).containsExactly("MAC Address : A0:95:6D:C7", "Please ",
                "call MS Support Team", " at 1-844-286-1916");
        Text mac = marked.get(0);
        assertThat(mac.getStyleClass()).contains("marked-danger");
        assertThat(mac.isUnderline()).isTrue();
        assertThat(mac.getAccessibleText()).isEqualTo(TestDetectors.MAC_TITLE);
        assertThat(run(robot, "call MS Support Team").getAccessibleText())
                .isEqualTo(TestDetectors.CALL_TITLE + "; " + TestDetectors.CAPS_TITLE);
        // The whole message is shown, word for word.
        String shown = window.messageView().runs().stream().map(Text::getText).reduce("", String::concat);
        assertThat(shown).isEqualTo(vm.getResult().text());
        // Each marked run is shaded behind its words.
        assertThat(robot.lookup(".mark-danger").queryAll()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(robot.lookup(".mark-caution").queryAll()).isNotEmpty();

        Snapshots.save(robot, stage.getScene(), "window-fake-detector.png");
    }

    @Test
    void clickingACardMarksItsWordsInTheMessage(FxRobot robot) throws Exception {
        pasteSeed(robot);
        List<Node> cards = List.copyOf(robot.lookup(".card").queryAll());

        // (Focusing it first scrolls it into view, as a person would scroll to it.)
        robot.interact(() -> cards.get(1).requestFocus());
        robot.clickOn(cards.get(1));

        assertThat(vm.getSelectedCard()).isEqualTo(1);
        assertThat(cards.get(1).getStyleClass()).contains("selected");
        assertThat(cards.get(0).getStyleClass()).doesNotContain("selected");
        assertThat(List.copyOf(robot.lookup(".card-selected-note").<Node>queryAll())).filteredOn(Node::isVisible).hasSize(1);
        assertThat(run(robot, "call MS Support Team").getStyleClass()).contains("marked-selected");
        assertThat(run(robot, " at 1-844-286-1916").getStyleClass()).contains("marked-selected");
        assertThat(run(robot, "Please ").getStyleClass()).doesNotContain("marked-selected");
        assertThat(run(robot, "MAC Address : A0:95:6D:C7").getStyleClass()).doesNotContain("marked-selected");
        assertThat(robot.lookup(".mark-selected").queryAll()).isNotEmpty();
    }

    @Test
    void clickingMarkedWordsSelectsTheirCard(FxRobot robot) throws Exception {
        pasteSeed(robot);

        clickWords(robot, window, run(robot, "MAC Address : A0:95:6D:C7"));

        assertThat(vm.getSelectedCard()).isEqualTo(0);
        Region card = window.cards().get(0).node();
        assertThat(card.getStyleClass()).contains("selected");
        assertThat(card.isFocused()).isTrue();

        // A click between words, or on plain words, changes nothing.
        Text plain = window.messageView().runs().stream().filter(t -> t.getText().startsWith("We have found"))
                .findFirst().orElseThrow();
        clickWords(robot, window, plain);
        assertThat(vm.getSelectedCard()).isEqualTo(0);

        // Words shared by two findings: a second click moves to the other card.
        clickWords(robot, window, run(robot, "call MS Support Team"));
        assertThat(vm.getSelectedCard()).isEqualTo(1);
        clickWords(robot, window, run(robot, "call MS Support Team"));
        assertThat(vm.getSelectedCard()).isEqualTo(2);
        assertThat(window.cards().get(2).node().getStyleClass()).contains("selected");
    }

    @Test
    void aClickOnPlainWordsNextToAWrappedMarkIsNotTakenForTheMark(FxRobot robot) throws Exception {
        // Find a message where the marked words start on the first line and wrap onto the second: then the
        // mark's box covers the plain words at the start of the first line too.
        Text mark = null;
        for (int words = 4; words < 40 && mark == null; words++) {
            String text = "word ".repeat(words) + "MAC Address : A0:95:6D:C7 and then some plain words after it.";
            robot.interact(vm::checkAnother);
            robot.interact(() -> vm.checkText(text));
            awaitResult();
            Text candidate = run(robot, "MAC Address : A0:95:6D:C7");
            Text first = window.messageView().runs().get(0);
            double line = first.getFont().getSize();
            if (candidate.getBoundsInParent().getHeight() > 1.5 * line
                    && candidate.getBoundsInParent().getMinY() <= first.getBoundsInParent().getMinY() + 1) {
                mark = candidate;
            }
        }
        assertThat(mark).as("a mark that wraps from the first line").isNotNull();
        Text before = window.messageView().runs().get(0);
        assertThat(mark.getBoundsInParent().contains(
                before.getBoundsInParent().getMinX() + 2, before.getBoundsInParent().getMinY() + 2)).isTrue();

        clickWords(robot, window, before);
        assertThat(vm.getSelectedCard()).isEqualTo(-1);
        clickWords(robot, window, mark);
        assertThat(vm.getSelectedCard()).isEqualTo(0);
    }

    @Test
    void theKeyboardAloneIsEnough(FxRobot robot) throws Exception {
        copy(robot, TestDetectors.SEED);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        awaitResult();

        // The first card has the focus, with "What to do now" still in view above it; Tab goes to its
        // technical details, then to the next card.
        assertThat(window.cards().get(0).node().isFocused()).isTrue();
        assertThat(isInView(robot.lookup("#stepsBox").query(), robot.lookup("#cardsScroll").query())).isTrue();
        assertThat(robot.lookup("#cardsScroll").queryAs(javafx.scene.control.ScrollPane.class).getVvalue()).isZero();
        robot.type(KeyCode.TAB);
        assertThat(window.cards().get(0).details().isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(window.cards().get(0).details().isExpanded()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(window.cards().get(1).node().isFocused()).isTrue();
        // Down and Up move between cards, and the list scrolls to show the card.
        robot.type(KeyCode.DOWN);
        assertThat(window.cards().get(2).node().isFocused()).isTrue();
        assertThat(isInView(window.cards().get(2).node(), robot.lookup("#cardsScroll").query())).isTrue();
        robot.type(KeyCode.UP);
        assertThat(window.cards().get(1).node().isFocused()).isTrue();
        // Enter marks the card's words in the message.
        robot.type(KeyCode.ENTER);
        assertThat(vm.getSelectedCard()).isEqualTo(1);
        assertThat(run(robot, "call MS Support Team").getStyleClass()).contains("marked-selected");

        // Ctrl+N starts again, with the focus back on Paste.
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.EMPTY);
        assertThat(robot.lookup("#pasteButton").query().isFocused()).isTrue();
    }

    @Test
    void markedWordsAreReachedWithTabAndEnterShowsTheirCard(FxRobot robot) throws Exception {
        pasteSeed(robot);
        Text mac = run(robot, "MAC Address : A0:95:6D:C7");
        robot.interact(mac::requestFocus);
        assertThat(robot.lookup(".mark-focused").queryAll()).hasSize(1);

        robot.type(KeyCode.TAB);
        Text please = run(robot, "Please ");
        assertThat(please.isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(vm.getSelectedCard()).isEqualTo(2);
        assertThat(please.isFocused()).isTrue();
        assertThat(window.cards().get(2).node().getStyleClass()).contains("selected");
    }

    @Test
    void textTypedInTheBoxIsCheckedWithTheCheckButton(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#checkButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#draftArea").write("Please call MS Support Team at 1-844-286-1916 now.");
        assertThat(robot.lookup("#checkButton").queryButton().isDisabled()).isFalse();
        robot.clickOn("#checkButton");
        awaitResult();
        assertThat(text(robot, "#verdictHeadline")).isEqualTo(messages.get("verdict.suspicious.headline"));
        assertThat(robot.lookup("#verdictGlyph .glyph-warn").query().getAccessibleText())
                .isEqualTo(messages.get("window.verdict.icon.suspicious"));
        assertThat(markedRuns(robot)).extracting(Text::getText).contains("call MS Support Team");
    }

    @Test
    void anEmptyClipboardOrABadFileSaysSoAndKeepsTheResult(FxRobot robot, @TempDir Path dir) throws Exception {
        pasteSeed(robot);
        clearClipboard(robot);

        robot.clickOn("#anotherButton");
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.EMPTY);
        robot.clickOn("#pasteButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isTrue();
        assertThat(text(robot, "#errorMessage")).isEqualTo(messages.get("window.error.empty-clipboard"));

        // Now with a result on screen: a file that is not a message is refused in words and the result stays.
        copy(robot, TestDetectors.SEED);
        robot.clickOn("#pasteButton");
        awaitResult();
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isFalse();
        Path pdf = dir.resolve("scan.pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj\n<< >>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        robot.interact(() -> vm.openFile(pdf));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.getError().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#errorMessage")).isEqualTo(messages.get("window.error.pdf"));
        assertThat(text(robot, "#verdictHeadline")).isEqualTo(messages.get("verdict.likely-scam.headline"));
        assertThat(markedRuns(robot)).isNotEmpty();

        robot.clickOn("#errorClose");
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isFalse();
    }

    @Test
    void aMessageWithNoSignsSaysSoWithoutSayingSafe(FxRobot robot) throws Exception {
        copy(robot, "Hi Ann, lunch on Friday at noon? Love, Bob");
        robot.clickOn("#pasteButton");
        awaitResult();

        assertThat(text(robot, "#verdictHeadline")).isEqualTo(messages.get("verdict.no-signs-found.headline"));
        assertThat(robot.lookup("#verdictGlyph .glyph-info").query().getAccessibleText())
                .isEqualTo(messages.get("window.verdict.icon.no-signs-found"));
        assertThat(robot.lookup(".verdict-step").queryAllAs(Label.class)).hasSize(3);
        assertThat(text(robot, ".cards-none")).isEqualTo(messages.get("window.cards.none"));
        assertThat(robot.lookup("#messageHint").query().isVisible()).isFalse();
        assertThat(robot.lookup("#cardsHint").query().isVisible()).isFalse();
        assertThat(markedRuns(robot)).isEmpty();
        assertThat(robot.lookup("#anotherButton").query().isFocused()).isTrue();
    }

    @Test
    void aDroppedFileIsOpenedAndDroppedTextIsChecked(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("from-the-mail-program.eml");
        Files.writeString(file, "From: Support <help@example.net>\r\nTo: ann@example.org\r\n"
                + "Subject: Your license\r\nDate: Mon, 3 Mar 2025 10:00:00 +0000\r\n\r\n" + TestDetectors.SEED);
        boolean[] taken = new boolean[1];

        robot.interact(() -> taken[0] = window.drop(List.of(file.toFile()), null));
        awaitResult();
        assertThat(taken[0]).isTrue();
        assertThat(text(robot, "#sourceLabel")).contains("from-the-mail-program.eml");
        assertThat(markedRuns(robot)).extracting(Text::getText).contains("MAC Address : A0:95:6D:C7");
        // The header lines are shown above the body, as a reader sees them.
        assertThat(vm.getResult().text()).startsWith("From: Support <help@example.net>");

        robot.clickOn("#anotherButton");
        robot.interact(() -> taken[0] = window.drop(List.of(), "Please call MS Support Team at 1-844-286-1916"));
        awaitResult();
        assertThat(taken[0]).isTrue();
        assertThat(text(robot, "#sourceLabel")).contains(messages.get("window.result.pasted"));

        robot.interact(() -> taken[0] = window.drop(List.of(), null));
        assertThat(taken[0]).isFalse();
    }

    @Test
    void largerTextMakesEverythingLarger(FxRobot robot) throws Exception {
        pasteSeed(robot);
        double before = robot.lookup("#verdictHeadline").queryAs(Label.class).getFont().getSize();
        double textBefore = run(robot, "MAC Address : A0:95:6D:C7").getFont().getSize();

        robot.clickOn("#largerButton").clickOn("#largerButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.fontSizeProperty().get()).isEqualTo(20);
        assertThat(robot.lookup("#verdictHeadline").queryAs(Label.class).getFont().getSize())
                .isGreaterThan(before * 1.2);
        assertThat(run(robot, "MAC Address : A0:95:6D:C7").getFont().getSize()).isGreaterThan(textBefore * 1.2);

        // At a large size the words still fit: nothing is cut off with "..." in the banner or on the cards.
        robot.clickOn("#largerButton").clickOn("#largerButton");
        robot.interact(() -> vm.selectCard(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.fontSizeProperty().get()).isEqualTo(24);
        assertNothingCutShort(robot);
        Snapshots.save(robot, stage.getScene(), "window-large-text.png");
    }

    /** Whether the node's middle is inside the scroll pane's visible part. */
    private static boolean isInView(Node node, Node scrollPane) {
        var view = scrollPane.localToScene(scrollPane.getLayoutBounds());
        var b = node.localToScene(node.getLayoutBounds());
        return view.contains(b.getCenterX(), Math.min(b.getCenterY(), b.getMinY() + 40));
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Whether a label shows its text cut short with an ellipsis because it has too little room. */
    private static boolean isCutShort(Labeled label) {
        String ellipsis = label.getEllipsisString();
        String full = label.isMnemonicParsing() ? label.getText().replaceFirst("_", "") : label.getText();
        return label.lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .anyMatch(shown -> !shown.equals(full) && shown.endsWith(ellipsis));
    }

    @Test
    void selectingACardScrollsALongMessageToItsWords(FxRobot robot) throws Exception {
        StringBuilder letter = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            letter.append("This is line ").append(i).append(" of a long and ordinary letter.\n");
        }
        letter.append("MAC Address : A0:95:6D:C7\n");
        copy(robot, letter.toString());
        robot.clickOn("#pasteButton");
        awaitResult();
        assertThat(window.messageView().scrollPane().getVvalue()).isZero();

        robot.clickOn(window.cards().get(0).node());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.messageView().scrollPane().getVvalue()).isGreaterThan(0.5);
        Text mac = run(robot, "MAC Address : A0:95:6D:C7");
        var viewport = window.messageView().scrollPane().localToScene(
                window.messageView().scrollPane().getLayoutBounds());
        var words = mac.localToScene(mac.getLayoutBounds());
        assertThat(viewport.contains(words.getCenterX(), words.getCenterY())).isTrue();
    }

    /** Clicks on the first letter of a run of the message, as a person would click on the words. */
}
