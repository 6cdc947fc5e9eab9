package io.scamcheck.ui;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.detect.Severity;
import io.scamcheck.i18n.Messages;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
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

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static io.scamcheck.ui.WindowActions.copy;
import static io.scamcheck.ui.WindowActions.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window as a frightened person (or a grandchild on the phone) uses it, with the real detectors: the first
 * screen, "Try an example", the answer, the "already called or paid" page and back, opening and dropping
 * files (good and bad), the keyboard alone, larger text and high contrast, both remembered.
 */
@ExtendWith(ApplicationExtension.class)
class WorriedPersonWindowTest {
    private static final String PARCEL = """
            Subject: Your parcel is waiting

            Hello,

            We tried to deliver your parcel today but nobody was home.
            To arrange a new delivery, please confirm your details at the link below within 48 hours:

            http://parcel-redelivery-help.example.net/confirm

            Kind regards,
            Delivery Team
            """;
    private static final String LUNCH = """
            Subject: Lunch on Sunday

            Hi Mum,

            Are we still on for lunch on Sunday? I can pick you up at half past twelve.
            Tom says hello and wants to show you his drawings from school.

            Love,
            Anna
            """;

    private final Messages messages = Messages.english();
    private final ExecutorService checks = TestDetectors.checkThread();
    /** Whether each check was handed to the UI thread (it must never be). */
    private final ConcurrentLinkedQueue<Boolean> ranOnUiThread = new ConcurrentLinkedQueue<>();
    private final Settings settings = Settings.inMemory();
    private MainViewModel vm;
    private MainController window;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new MainViewModel(Analyzer::standard, Wording.of(messages), job -> checks.execute(() -> {
            ranOnUiThread.add(Platform.isFxApplicationThread());
            job.run();
        }), Platform::runLater, Duration.ofSeconds(20), settings);
        window = ScamCheckApp.show(stage, vm, messages);
    }

    @AfterEach
    void stopChecks() {
        checks.shutdownNow();
    }

    private void awaitResult() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.getScreen() == MainViewModel.Screen.RESULT
                && !vm.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shown(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private List<String> lines(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText)
                .toList();
    }

    private Path file(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theFirstScreenOffersOneThingToDoAndSaysNothingLeavesTheComputer(FxRobot robot) {
        assertThat(text(robot, "#emptyHeadline")).isEqualTo("Paste the message here, or drop the email");
        assertThat(text(robot, "#privateLine")).isEqualTo("Nothing you check leaves this computer.");
        assertThat(robot.lookup("#pasteButton").query().isFocused()).isTrue();
        // (The underline under T, for Alt+T, is not part of the words.)
        assertThat(robot.lookup("#exampleButton").queryButton().getText().replace("_", ""))
                .isEqualTo("Try an example");
        assertThat(shown(robot, "#exampleButton")).isTrue();
    }

    @Test
    void tryAnExampleShowsTheAnswerWithReasonsStepsAndCardsInOrder(FxRobot robot) throws Exception {
        robot.clickOn("#exampleButton");
        awaitResult();

        assertThat(text(robot, "#verdictHeadline")).isEqualTo(messages.get("verdict.likely-scam.headline"));
        assertThat(robot.lookup("#verdictGlyph .glyph-stop").tryQuery()).isPresent();
        assertThat(robot.lookup("#verdictGlyph .glyph").query().getAccessibleText()).isEqualTo("Stop sign");
        // Two or three reasons in one sentence each, the titles of the findings that decided it.
        List<String> reasons = lines(robot, ".verdict-reason");
        assertThat(reasons).hasSizeBetween(2, 3);
        List<String> titles = window.cards().stream().map(c -> c.model().title()).toList();
        assertThat(titles).containsAll(reasons);
        // What to do now, numbered.
        assertThat(lines(robot, ".verdict-step-number")).startsWith("1.", "2.", "3.");
        // Every finding has a card, most important first.
        List<Severity> order = window.cards().stream().map(c -> c.model().severity()).toList();
        assertThat(order).isSortedAccordingTo(Enum::compareTo);
        assertThat(order).isNotEmpty();
        // The checked text says it was the example, and the "already paid" button is there.
        assertThat(text(robot, "#sourceLabel")).contains("the example message");
        assertThat(shown(robot, "#alreadyPaidButton")).isTrue();
        assertThat(ranOnUiThread).isNotEmpty().doesNotContain(true);
    }

    @Test
    void theAlreadyPaidPageGivesCalmStepsAndBackKeepsTheAnswer(FxRobot robot) throws Exception {
        robot.clickOn("#exampleButton");
        awaitResult();
        String headline = text(robot, "#verdictHeadline");
        int cards = window.cards().size();

        robot.clickOn("#alreadyPaidButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#alreadyPaidScreen")).isTrue();
        assertThat(shown(robot, "#resultScreen")).isFalse();
        assertThat(text(robot, "#paidTitle")).isEqualTo("If you already called, paid or let them in");
        List<String> steps = lines(robot, ".paid-step");
        assertThat(steps).hasSize(6);
        assertThat(steps.get(0)).contains("internet");
        assertThat(steps.get(1)).contains("Call your bank").contains("number on the back of your card");
        assertThat(steps.get(2)).contains("another device");
        assertThat(steps.get(3)).contains("antivirus");
        assertThat(lines(robot, ".paid-report-line")).anySatisfy(l -> assertThat(l).contains("police"));
        assertThat(robot.lookup("#paidBackButton").query().isFocused()).isTrue();

        robot.clickOn("#paidBackButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#resultScreen")).isTrue();
        assertThat(text(robot, "#verdictHeadline")).isEqualTo(headline);
        assertThat(window.cards()).hasSize(cards);
        assertThat(robot.lookup("#alreadyPaidButton").query().isFocused()).isTrue();

        // With the keyboard: Space opens it, Escape comes back.
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.ALREADY_PAID);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.RESULT);
        assertThat(text(robot, "#verdictHeadline")).isEqualTo(headline);
    }

    @Test
    void suspiciousOffersTheAlreadyPaidPageAndNothingFoundDoesNot(FxRobot robot) throws Exception {
        robot.interact(() -> vm.checkText(PARCEL));
        awaitResult();
        assertThat(text(robot, "#verdictHeadline")).isEqualTo(messages.get("verdict.suspicious.headline"));
        assertThat(robot.lookup("#verdictGlyph .glyph-warn").tryQuery()).isPresent();
        assertThat(shown(robot, "#alreadyPaidButton")).isTrue();

        robot.interact(() -> vm.checkText(LUNCH));
        awaitResult();
        assertThat(text(robot, "#verdictHeadline")).isEqualTo(messages.get("verdict.no-signs-found.headline"));
        assertThat(shown(robot, "#alreadyPaidButton")).isFalse();
        assertThat(lines(robot, ".verdict-reason")).isEmpty();
        assertThat(text(robot, ".cards-none")).isEqualTo(messages.get("window.cards.none"));
    }

    @Test
    void openAFileThenABadOneKeepsTheAnswerAndSaysWhyInWords(FxRobot robot) throws Exception {
        Path parcel = file("parcel.eml", PARCEL);
        Path pdf = dir.resolve("invoice.pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        File[] next = {parcel.toFile()};
        window.setFileChooser(owner -> next[0]);

        robot.clickOn("#openButton");
        awaitResult();
        assertThat(text(robot, "#sourceLabel")).contains("parcel.eml");
        String headline = text(robot, "#verdictHeadline");

        // A PDF opened by mistake (Ctrl+O): a plain sentence, and the answer stays.
        next[0] = pdf.toFile();
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        awaitIdle();
        assertThat(shown(robot, "#errorBanner")).isTrue();
        assertThat(text(robot, "#errorMessage")).isEqualTo(messages.get("window.error.pdf"));
        assertThat(text(robot, "#verdictHeadline")).isEqualTo(headline);
        assertThat(text(robot, "#sourceLabel")).contains("parcel.eml");

        // Cancelling the dialog changes nothing.
        next[0] = null;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.isBusy()).isFalse();
        assertThat(text(robot, "#verdictHeadline")).isEqualTo(headline);
    }

    @Test
    void dropAFileThenABadDropKeepsWhatIsShown(FxRobot robot) throws Exception {
        Path lunch = file("lunch.txt", LUNCH);
        robot.interact(() -> window.drop(List.of(lunch.toFile()), null));
        awaitResult();
        assertThat(text(robot, "#verdictHeadline")).isEqualTo(messages.get("verdict.no-signs-found.headline"));

        Path picture = dir.resolve("photo.png");
        try (var in = ScamCheckApp.class.getResourceAsStream("icon-64.png")) {
            Files.write(picture, in.readAllBytes());
        }
        robot.interact(() -> window.drop(List.of(picture.toFile()), null));
        awaitIdle();
        assertThat(text(robot, "#errorMessage")).isEqualTo(messages.get("window.error.image"));
        assertThat(text(robot, "#verdictHeadline")).isEqualTo(messages.get("verdict.no-signs-found.headline"));
        assertThat(text(robot, "#sourceLabel")).contains("lunch.txt");
    }

    @Test
    void ctrlVPastesAndChecks(FxRobot robot) throws Exception {
        copy(robot, PARCEL);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        awaitResult();
        assertThat(text(robot, "#verdictHeadline")).isEqualTo(messages.get("verdict.suspicious.headline"));
        assertThat(text(robot, "#sourceLabel")).contains(messages.get("window.result.pasted"));
    }

    @Test
    void theKeyboardAloneReachesACardAndMarksItsWords(FxRobot robot) throws Exception {
        // Tab from Paste to "Try an example", Space presses it.
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#exampleButton").query().isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        awaitResult();

        // Start from the first button of the answer and Tab on, through the marked words, to a card.
        robot.interact(() -> robot.lookup("#alreadyPaidButton").query().requestFocus());
        List<String> passed = new java.util.ArrayList<>();
        Node focused = null;
        for (int i = 0; i < 60; i++) {
            robot.type(KeyCode.TAB);
            focused = stage.getScene().getFocusOwner();
            if (focused != null && focused.getStyleClass().contains("card")) {
                break;
            }
            if (focused instanceof Text t) {
                passed.add(t.getText());
                // Every marked run says what it is to a screen reader.
                assertThat(t.getAccessibleText()).isNotBlank();
            }
        }
        assertThat(focused).isNotNull();
        assertThat(focused.getStyleClass()).contains("card");
        assertThat(passed).as("marked words come before the cards").isNotEmpty();
        // The card shows that it has the focus: a ring in the focus colour round it.
        Region card = (Region) focused;
        assertThat(card.getBackground().getFills().get(0).getFill()).isEqualTo(Color.web("#0b57d0"));
        assertThat(card.getAccessibleText()).isNotBlank();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        CardModel chosen = (CardModel) card.getUserData();
        assertThat(vm.getSelectedCard()).isEqualTo(chosen.index());
        assertThat(window.messageView().runs()).filteredOn(t -> t.getStyleClass().contains("marked-selected"))
                .extracting(Text::getText).isNotEmpty()
                .allSatisfy(w -> assertThat(String.join(" ", chosen.words())).contains(w.strip()));
    }

    @Test
    void clickingMarkedWordsSelectsTheirCard(FxRobot robot) throws Exception {
        robot.clickOn("#exampleButton");
        awaitResult();
        Text marked = window.messageView().runs().stream().filter(t -> t.getStyleClass().contains("marked"))
                .findFirst().orElseThrow();
        Segment seg = (Segment) marked.getUserData();
        javafx.geometry.Point2D[] at = new javafx.geometry.Point2D[1];
        robot.interact(() -> at[0] = window.messageView().screenPointOf(seg.start()));
        robot.clickOn(at[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(seg.cards()).contains(vm.getSelectedCard());
        assertThat(window.cards().get(vm.getSelectedCard()).node().getStyleClass()).contains("selected");
        assertThat(marked.getStyleClass()).contains("marked-selected");
    }

    @Test
    void largerTextIsRememberedForTheNextTime(FxRobot robot) throws Exception {
        double before = robot.lookup("#emptyHeadline").queryAs(Label.class).getFont().getSize();
        robot.clickOn("#largerButton");
        robot.clickOn("#largerButton");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double after = robot.lookup("#emptyHeadline").queryAs(Label.class).getFont().getSize();
        assertThat(after).isGreaterThan(before * 1.3);
        assertThat(vm.fontSizeProperty().get()).isEqualTo(MainViewModel.DEFAULT_FONT_SIZE + 6);
        // The icon-only buttons say what they do.
        assertThat(robot.lookup("#largerButton").query().getAccessibleText()).isEqualTo("Larger text");
        assertThat(robot.lookup("#smallerButton").query().getAccessibleText()).isEqualTo("Smaller text");

        // The next run starts with the same size.
        MainViewModel next = new MainViewModel(Analyzer::standard, Wording.of(messages), checks,
                Platform::runLater, Duration.ofSeconds(20), settings);
        assertThat(next.fontSizeProperty().get()).isEqualTo(MainViewModel.DEFAULT_FONT_SIZE + 6);
    }

    @Test
    void highContrastTurnsTheWindowLightOnBlackAndIsRemembered(FxRobot robot) throws Exception {
        Region root = window.root();
        assertThat(root.getBackground().getFills().get(0).getFill()).isEqualTo(Color.web("#f3f4f6"));
        robot.clickOn("#contrastButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.getStyleClass()).contains("high-contrast");
        assertThat(robot.lookup("#contrastButton").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(root.getBackground().getFills().get(0).getFill()).isEqualTo(Color.BLACK);
        assertThat(robot.lookup("#emptyHeadline").queryAs(Label.class).getTextFill()).isEqualTo(Color.WHITE);
        Button paste = robot.lookup("#pasteButton").queryButton();
        assertThat(paste.getBackground().getFills().get(0).getFill()).isEqualTo(Color.web("#ffff00"));
        assertThat(paste.getTextFill()).isEqualTo(Color.BLACK);
        assertThat(settings.highContrast()).isTrue();

        MainViewModel next = new MainViewModel(Analyzer::standard, Wording.of(messages), checks,
                Platform::runLater, Duration.ofSeconds(20), settings);
        assertThat(next.isHighContrast()).isTrue();

        // The answer in high contrast: still words and a sign, not colour alone.
        robot.clickOn("#exampleButton");
        awaitResult();
        assertThat(robot.lookup("#verdictGlyph .glyph-stop").tryQuery()).isPresent();
        assertThat(robot.lookup("#verdictHeadline").queryAs(Label.class).getTextFill())
                .isEqualTo(Color.web("#ff9e9e"));

        robot.clickOn("#contrastButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.getStyleClass()).doesNotContain("high-contrast");
        assertThat(settings.highContrast()).isFalse();
    }

    @Test
    void withLargeTextTheHeaderWrapsAndTheMessageKeepsFiveLines(FxRobot robot) throws Exception {
        // As a person sees it: the language choice offered too, in the window's usual size.
        robot.interact(() -> {
            window.offerLanguages(new LanguageChoice(LanguageChoice.memory(), "en"));
            stage.setWidth(1200);
            stage.setHeight(860);
        });
        robot.interact(vm::tryExample);
        awaitResult();
        for (int size : new int[] {28, 40}) {
            robot.interact(() -> vm.useTextSizeForNow(size));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            assertHeaderWhole(robot, size);
            assertMessageHasFiveLines(robot, size);
            Snapshots.save(robot, stage.getScene(), "window-large-text-" + size + "-top.png");
            assertMessageCanBeScrolledIntoView(robot, size);
            Snapshots.save(robot, stage.getScene(), "window-large-text-" + size + "-message.png");
            // Nothing of the answer is wider than the window.
            javafx.scene.control.ScrollPane page = robot.lookup("#answerScroll").queryAs(javafx.scene.control.ScrollPane.class);
            assertThat(page.getContent().getLayoutBounds().getWidth()).as(size + "px answer width")
                    .isLessThanOrEqualTo(page.getViewportBounds().getWidth() + 0.5);
        }
        // The answer is one page that scrolls: a button of the answer reached with Tab scrolls into view.
        Region page = robot.lookup("#answerScroll").queryAs(Region.class);
        robot.interact(() -> robot.lookup("#anotherButton").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        Node another = robot.lookup("#anotherButton").query();
        javafx.geometry.Bounds b = another.localToScene(another.getBoundsInLocal());
        javafx.geometry.Bounds view = page.localToScene(page.getBoundsInLocal());
        assertThat(b.getMinY()).isGreaterThanOrEqualTo(view.getMinY() - 1);
        assertThat(b.getMaxY()).isLessThanOrEqualTo(view.getMaxY() + 1);
        // The buttons that change the size work at the largest size too.
        robot.clickOn("#smallerButton");
        assertThat(vm.fontSizeProperty().get()).isEqualTo(38);
    }

    /** Every control of the header shows all its words and lies wholly inside the window. */
    private void assertHeaderWhole(FxRobot robot, int size) {
        javafx.scene.Scene scene = stage.getScene();
        List<Node> controls = List.of(robot.lookup(".app-name").query(), robot.lookup("#languageLabel").query(),
                robot.lookup("#languageBox").query(), robot.lookup(".text-size-label.text-size-words").query(),
                robot.lookup("#smallerButton").query(), robot.lookup("#largerButton").query(),
                robot.lookup("#contrastButton").query());
        for (Node n : controls) {
            assertThat(n.getId() == null || shown(robot, "#" + n.getId())).as(size + "px " + n).isTrue();
            javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
            assertThat(b.getMinX()).as(size + "px " + n).isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMinY()).as(size + "px " + n).isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMaxX()).as(size + "px " + n).isLessThanOrEqualTo(scene.getWidth() + 0.5);
            assertThat(b.getMaxY()).as(size + "px " + n).isLessThanOrEqualTo(scene.getHeight() + 0.5);
            Region r = (Region) n;
            assertThat(r.getWidth()).as(size + "px width of " + n).isGreaterThanOrEqualTo(r.prefWidth(-1) - 0.5);
        }
        for (String id : List.of("#smallerButton", "#largerButton")) {
            Button b = robot.lookup(id).queryButton();
            List<String> shownWords = b.lookupAll(".text").stream().filter(t -> t instanceof Text)
                    .map(t -> ((Text) t).getText()).toList();
            assertThat(shownWords).as(size + "px " + id).containsExactly(b.getText());
        }
        for (String query : List.of(".app-name", "#languageLabel", ".text-size-words", "#contrastButton")) {
            javafx.scene.control.Labeled l = robot.lookup(query).queryAs(javafx.scene.control.Labeled.class);
            List<String> shownWords = l.lookupAll(".text").stream().filter(t -> t instanceof Text)
                    .map(t -> ((Text) t).getText()).toList();
            String words = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
            assertThat(shownWords).as(size + "px " + query).containsExactly(words);
        }
    }

    /** Scrolling the answer page down to the message shows the whole message box, marked words and all. */
    private void assertMessageCanBeScrolledIntoView(FxRobot robot, int size) {
        javafx.scene.control.ScrollPane page = robot.lookup("#answerScroll").queryAs(javafx.scene.control.ScrollPane.class);
        Region message = window.messageView().scrollPane();
        robot.interact(() -> {
            double y = page.getContent().sceneToLocal(message.localToScene(0, 0)).getY();
            double range = page.getContent().getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(Math.min(1, Math.max(0, (y - 2 * size) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds view = page.localToScene(page.getLayoutBounds());
        javafx.geometry.Bounds box = message.localToScene(message.getLayoutBounds());
        assertThat(view.contains(box.getCenterX(), box.getMinY() + 1)).as(size + "px message top").isTrue();
        assertThat(box.getMaxY()).as(size + "px message bottom").isLessThanOrEqualTo(view.getMaxY() + 1);
        Text marked = window.messageView().runs().stream()
                .filter(t -> t.getStyleClass().stream().anyMatch(c -> c.startsWith("marked"))).findFirst().orElseThrow();
        javafx.geometry.Bounds words = marked.localToScene(marked.getLayoutBounds());
        assertThat(box.contains(words.getMinX() + 1, words.getMinY() + 1))
                .as(size + "px marked words").isTrue();
    }

    /** The message with its marked words has room for at least five lines, inside the window. */
    private void assertMessageHasFiveLines(FxRobot robot, int size) {
        javafx.scene.control.ScrollPane message = window.messageView().scrollPane();
        Text first = window.messageView().runs().get(0);
        double line = first.getFont().getSize() * 1.15 + window.messageView().flow().getLineSpacing();
        assertThat(first.getFont().getSize()).isGreaterThan(size);
        assertThat(shown(robot, "#resultScreen")).isTrue();
        assertThat(message.getViewportBounds().getHeight()).as(size + "px message height")
                .isGreaterThanOrEqualTo(5 * line);
        // Its whole height fits in the window, so the person can scroll the answer to see it all at once.
        assertThat(message.getHeight()).isLessThanOrEqualTo(stage.getScene().getHeight());
        // The words of the answer are whole: wrapped, never cut.
        Label headline = robot.lookup("#verdictHeadline").queryAs(Label.class);
        assertThat(headline.getHeight()).isGreaterThanOrEqualTo(headline.prefHeight(headline.getWidth()) - 1);
    }
}
