package io.scamcheck.ui;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.i18n.Messages;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** What the window tests do to the real window and read from it, as a person would. */
final class WindowActions {
    private WindowActions() {
    }

    /** A view model with the real detectors and words, checking on {@code checks}. */
    static MainViewModel realModel(Messages messages, ExecutorService checks, Duration timeout) {
        return new MainViewModel(Analyzer.standard(), Wording.of(messages), checks, Platform::runLater, timeout);
    }

    /** Puts plain text on the clipboard, as copying it from another program does. */
    static void copy(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        });
    }

    /** Puts HTML and its plain text on the clipboard, as copying from web mail does. */
    static void copyHtml(FxRobot robot, String html, String plain) {
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putHtml(html);
            c.putString(plain);
            Clipboard.getSystemClipboard().setContent(c);
        });
    }

    /** The words of the label the query finds. */
    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The kind ids of the cards shown, in order. */
    static List<String> shownKinds(MainController window) {
        return window.cards().stream().map(c -> c.model().kindId()).toList();
    }

    /** Clicks the first letter of a run of the message view. */
    static void clickWords(FxRobot robot, MainController window, Text run) {
        Segment seg = (Segment) run.getUserData();
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = window.messageView().screenPointOf(seg.start()));
        robot.clickOn(at[0]);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
