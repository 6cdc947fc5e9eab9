package io.scamcheck.ui;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.detect.Kind;
import io.scamcheck.i18n.Messages;
import io.scamcheck.intake.Intake;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static io.scamcheck.ui.WindowActions.copyHtml;
import static io.scamcheck.ui.WindowActions.realModel;
import static io.scamcheck.ui.WindowActions.shownKinds;
import static io.scamcheck.ui.WindowActions.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window with the real detectors and what intake offers: HTML from the clipboard with its real link
 * targets, intake's notes under the verdict, the list of an mbox file, and plain words for a dropped PDF or
 * picture.
 */
@ExtendWith(ApplicationExtension.class)
class MainIntakeWindowTest {
    /** A link whose words show one address while it leads to another, as web mail copies it. */
    private static final String LINK_HTML = "<html><body><p>Your account is on hold. Sign in at "
            + "<a href=\"http://secure-login.example.net/verify\">https://www.paypal.com/signin</a>"
            + " to keep it open.</p></body></html>";
    private static final String LINK_PLAIN = "Your account is on hold. Sign in at https://www.paypal.com/signin"
            + " to keep it open.";

    private final Messages messages = Messages.english();
    private final ExecutorService checks = TestDetectors.checkThread();
    private MainViewModel vm;
    private MainController window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = realModel(messages, checks, ScamCheckApp.CHECK_TIMEOUT);
        window = ScamCheckApp.show(stage, vm, messages);
    }

    @AfterEach
    void stopChecks() {
        checks.shutdownNow();
    }

    private void awaitScreen(MainViewModel.Screen screen) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.getScreen() == screen && !vm.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitError() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.getError().isEmpty() && !vm.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pastedHtmlKeepsWhereItsLinkReallyLeads(FxRobot robot) throws Exception {
        // The plain words alone hide the real target: no mismatch can be seen in them.
        assertThat(Analyzer.standard().analyze(Intake.fromPaste(LINK_PLAIN)).findings())
                .noneMatch(f -> f.kind() == Kind.LINK_TEXT_MISMATCH);
        copyHtml(robot, LINK_HTML, LINK_PLAIN);

        robot.clickOn("#pasteButton");
        awaitScreen(MainViewModel.Screen.RESULT);

        assertThat(shownKinds(window)).contains(Kind.LINK_TEXT_MISMATCH.id());
        int i = shownKinds(window).indexOf(Kind.LINK_TEXT_MISMATCH.id());
        assertThat(window.cards().get(i).model().title())
                .isEqualTo(messages.get("kind.link-text-mismatch.title"));
        // The reader sees the words of the message, not its HTML.
        assertThat(vm.getResult().text()).contains("Sign in at https://www.paypal.com/signin")
                .doesNotContain("<a ");
    }

    @Test
    void htmlWithNoTextFallsBackToThePlainText(FxRobot robot) throws Exception {
        copyHtml(robot, "<html><body><img src=\"x.png\"></body></html>",
                "Hi Ann, lunch on Friday at noon? Love, Bob");
        robot.clickOn("#pasteButton");
        awaitScreen(MainViewModel.Screen.RESULT);
        assertThat(vm.getResult().text()).contains("lunch on Friday");
    }

    @Test
    void droppedHtmlKeepsItsLinksToo(FxRobot robot) throws Exception {
        boolean[] taken = new boolean[1];
        robot.interact(() -> taken[0] = window.drop(List.of(), LINK_HTML, LINK_PLAIN));
        awaitScreen(MainViewModel.Screen.RESULT);
        assertThat(taken[0]).isTrue();
        assertThat(shownKinds(window)).contains(Kind.LINK_TEXT_MISMATCH.id());
    }

    @Test
    void aForwardedMessageSaysWeCheckedTheOriginalInside(FxRobot robot) throws Exception {
        Path eml = Path.of("src/test/resources/intake/forwarded-gmail.eml");
        robot.interact(() -> vm.openFile(eml));
        awaitScreen(MainViewModel.Screen.RESULT);

        List<Label> notes = robot.lookup(".verdict-note").queryAllAs(Label.class).stream().toList();
        assertThat(notes).extracting(Label::getText).containsExactly(messages.get("intake.note.forwarded-by",
                "Anna Lee <anna.lee@example.com>"));
        assertThat(notes.get(0).isVisible()).isTrue();
        Snapshots.save(robot, stage.getScene(), "window-forwarded.png");
        assertThat(robot.lookup("#notesBox").query().isVisible()).isTrue();

        // A message read as it is has no notes, and the line is gone.
        robot.clickOn("#anotherButton");
        robot.interact(() -> vm.checkText("Hi Ann, lunch on Friday at noon? Love, Bob"));
        awaitScreen(MainViewModel.Screen.RESULT);
        assertThat(robot.lookup(".verdict-note").queryAll()).isEmpty();
        assertThat(robot.lookup("#notesBox").query().isVisible()).isFalse();
    }

    @Test
    void aMailboxFileListsItsMessagesToChooseFromWithTheKeyboard(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path mbox = dir.resolve("saved.mbox");
        Files.writeString(mbox, """
                From ann@example.org Mon Mar  3 10:00:00 2025
                From: Ann <ann@example.org>
                To: you@example.com
                Subject: Lunch on Friday
                Date: Mon, 3 Mar 2025 10:00:00 +0000

                Lunch on Friday at noon?

                From support@ms-help.example Tue Mar  4 09:00:00 2025
                From: Microsoft Support <support@ms-help.example>
                To: you@example.com
                Subject: Windows License Suspended
                Date: Tue, 4 Mar 2025 09:00:00 +0000

                Your Windows License is suspended. Please call MS Support Team at 1-844-286-1916 now.

                From bob@example.org Wed Mar  5 12:00:00 2025
                From: Bob <bob@example.org>
                To: you@example.com
                Date: Wed, 5 Mar 2025 12:00:00 +0000

                See you soon.
                """, StandardCharsets.UTF_8);

        robot.interact(() -> window.drop(List.of(mbox.toFile()), null));
        awaitScreen(MainViewModel.Screen.MAILBOX);

        assertThat(text(robot, "#mailboxTitle")).isEqualTo(messages.get("window.mailbox.title", 3));
        @SuppressWarnings("unchecked")
        ListView<io.scamcheck.intake.Mailbox.Entry> list = robot.lookup("#mailboxList").queryAs(ListView.class);
        List<String> lines = list.getItems().stream().map(window::entryWords).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("Ann", "Lunch on Friday", "2025");
        assertThat(lines.get(1)).contains("Microsoft Support", "Windows License Suspended");
        assertThat(lines.get(2)).contains("Bob", messages.get("window.mailbox.no-subject"));
        // The list shows those lines, and has the focus with the first message chosen.
        assertThat(robot.lookup(".mailbox-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .extracting(c -> c.getText()).contains(lines.get(0), lines.get(1));
        assertThat(list.isFocused()).isTrue();
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        Snapshots.save(robot, stage.getScene(), "window-mailbox.png");

        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        awaitScreen(MainViewModel.Screen.RESULT);
        assertThat(vm.getResult().text()).contains("1-844-286-1916");
        assertThat(shownKinds(window)).contains(Kind.CALL_THIS_NUMBER.id());
        assertThat(text(robot, "#sourceLabel")).contains(messages.get("window.mailbox.source", "saved.mbox", 2, 3));

        // Back to the list, and another message chosen with the button.
        assertThat(robot.lookup("#listButton").query().isVisible()).isTrue();
        robot.clickOn("#listButton");
        awaitScreen(MainViewModel.Screen.MAILBOX);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#mailboxCheckButton");
        awaitScreen(MainViewModel.Screen.RESULT);
        assertThat(vm.getResult().text()).contains("Lunch on Friday at noon?");

        // Starting again forgets the file.
        robot.clickOn("#anotherButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.getMailbox()).isNull();
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.EMPTY);
    }

    @Test
    void aDroppedPdfOrPictureIsNamedInPlainWords(FxRobot robot, @TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("invoice.pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        robot.interact(() -> window.drop(List.of(pdf.toFile()), null));
        awaitError();
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isTrue();
        assertThat(text(robot, "#errorMessage")).isEqualTo(messages.get("window.error.pdf"));
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.EMPTY);

        robot.clickOn("#errorClose");
        Path png = dir.resolve("photo.png");
        try (InputStream in = ScamCheckApp.class.getResourceAsStream("icon-64.png")) {
            Files.write(png, in.readAllBytes());
        }
        robot.interact(() -> window.drop(List.of(png.toFile()), null));
        awaitError();
        assertThat(text(robot, "#errorMessage")).isEqualTo(messages.get("window.error.image"));

        // A file that is not a message and neither of those keeps the general sentence.
        robot.clickOn("#errorClose");
        Path zip = dir.resolve("photos.zip");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6});
        robot.interact(() -> window.drop(List.of(zip.toFile()), null));
        awaitError();
        assertThat(text(robot, "#errorMessage")).isEqualTo(messages.get("error.not-a-message"));
        Snapshots.save(robot, stage.getScene(), "window-bad-file.png");
    }
}
