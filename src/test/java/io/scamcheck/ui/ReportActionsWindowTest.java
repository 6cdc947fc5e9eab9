package io.scamcheck.ui;

import io.scamcheck.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.scamcheck.ui.WindowActions.realModel;
import static org.assertj.core.api.Assertions.assertThat;

/** The helper buttons in the real window: save a report, copy the summary, open the technical details. */
@ExtendWith(ApplicationExtension.class)
class ReportActionsWindowTest {
    private final Messages messages = Messages.english();
    private final ExecutorService checks = TestDetectors.checkThread();
    private MainViewModel vm;
    private MainController window;

    @Start
    void start(Stage stage) {
        vm = realModel(messages, checks, Duration.ofSeconds(20));
        window = ScamCheckApp.show(stage, vm, messages);
    }

    @AfterEach
    void stop() {
        checks.shutdownNow();
    }

    private void openBankNotice(FxRobot robot, Path dir) throws Exception {
        Path eml = dir.resolve("bank-notice.eml");
        try (InputStream in = getClass().getResourceAsStream("/report/bank-notice.eml")) {
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", "\r\n");
            Files.writeString(eml, source, StandardCharsets.UTF_8);
        }
        robot.interact(() -> vm.openFile(eml));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.getScreen() == MainViewModel.Screen.RESULT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void buttonsWaitForAResult(FxRobot robot) {
        assertThat(robot.lookup("#saveReportButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#copySummaryButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#detailsButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void savesAReportWhereTheHelperChooses(FxRobot robot, @TempDir Path dir) throws Exception {
        openBankNotice(robot, dir);
        AtomicReference<FileChooser> asked = new AtomicReference<>();
        Path chosen = dir.resolve("for-grandma"); // typed without an extension, PDF chosen in the dialog
        window.reportActions().setSaveAsker((FileChooser chooser, Window owner) -> {
            asked.set(chooser);
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(1));
            return chosen.toFile();
        });
        robot.clickOn("#saveReportButton");
        Path pdf = dir.resolve("for-grandma.pdf");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(pdf)
                && window.reportActions().getStatus().contains("saved"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked.get().getInitialFileName())
                .isEqualTo("scam-check-Your-account-is-on-hold-urgent-locked.html");
        assertThat(asked.get().getExtensionFilters()).extracting(FileChooser.ExtensionFilter::getExtensions)
                .containsExactly(List.of("*.html", "*.htm"), List.of("*.pdf"));
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Label status = robot.lookup("#reportStatus").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("The report is saved in " + pdf.toAbsolutePath() + ".");
        assertThat(status.isVisible()).isTrue();

        Path html = dir.resolve("report.html");
        window.reportActions().setSaveAsker((chooser, owner) -> html.toFile());
        robot.clickOn("#saveReportButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(html));
        assertThat(Files.readString(html)).contains("This is very likely a scam")
                .contains("http://login-check.badhost.example.net/secure");
    }

    @Test
    void aFailedSaveIsSaidPlainly(FxRobot robot, @TempDir Path dir) throws Exception {
        openBankNotice(robot, dir);
        window.reportActions().setSaveAsker((chooser, owner) -> dir.resolve("no-such-folder/r.html").toFile());
        robot.clickOn("#saveReportButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.reportActions().getStatus().startsWith("The report could not be saved."));
        assertThat(Files.exists(dir.resolve("no-such-folder"))).isFalse();
    }

    @Test
    void copiesTheSummary(FxRobot robot, @TempDir Path dir) throws Exception {
        openBankNotice(robot, dir);
        robot.clickOn("#copySummaryButton");
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).contains("Answer: This is very likely a scam")
                .contains("What to do now:");
        assertThat(robot.lookup("#reportStatus").queryAs(Label.class).getText())
                .isEqualTo(messages.get("report.ui.copied"));
    }

    @Test
    void technicalDetailsShowWhereALinkReallyGoes(FxRobot robot, @TempDir Path dir) throws Exception {
        openBankNotice(robot, dir);
        robot.clickOn("#detailsButton");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cells = labels(robot.lookup("#details-links").query());
        assertThat(cells).contains("https://www.securebank.com/login",
                "http://login-check.badhost.example.net/secure", "example.net");
        List<String> auth = labels(robot.lookup("#details-authentication").query());
        assertThat(auth).contains("spf", "dmarc", "fail");
        robot.clickOn("#detailsClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#details-links").tryQuery()).isEmpty();
    }

    /** The texts of every label inside a node. */
    static List<String> labels(Node node) {
        List<String> out = new java.util.ArrayList<>();
        if (node instanceof Label l) {
            out.add(l.getText());
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                out.addAll(labels(child));
            }
        }
        return out;
    }
}
