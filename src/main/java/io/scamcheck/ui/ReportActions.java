package io.scamcheck.ui;

import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Messages;
import io.scamcheck.report.ReportFiles;
import io.scamcheck.report.Summary;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What a helper does with a result: save it as a report (web page or PDF), copy a short summary for a chat or
 * an email, and look at the technical details. Files are written off the window's thread; a plain sentence
 * in {@link #statusProperty()} says how it went.
 */
public final class ReportActions {
    /** Shows the save dialog; a seam so tests can answer it. Returns null when the person cancels. */
    @FunctionalInterface
    public interface SaveAsker {
        File ask(FileChooser chooser, Window owner);
    }

    private final Messages messages;
    private final Executor background;
    private final Executor ui;
    private final Supplier<ZonedDateTime> clock;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private SaveAsker asker = FileChooser::showSaveDialog;
    private File lastFolder;

    public ReportActions(Messages messages, Executor background, Executor ui, Supplier<ZonedDateTime> clock) {
        this.messages = Objects.requireNonNull(messages);
        this.background = background;
        this.ui = ui;
        this.clock = clock;
    }

    /** For the window: files are written on a new background thread, the answer comes back on the FX thread. */
    public static ReportActions standard(Messages messages) {
        return new ReportActions(messages, task -> {
            Thread t = new Thread(task, "save-report");
            t.setDaemon(true);
            t.start();
        }, Platform::runLater, ZonedDateTime::now);
    }

    public void setSaveAsker(SaveAsker asker) {
        this.asker = Objects.requireNonNull(asker);
    }

    /** The last sentence about saving or copying, empty at first. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    public void clearStatus() {
        status.set("");
    }

    /** The save dialog as it opens: both types offered, a file name from the subject. */
    FileChooser chooser(Report report) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("report.ui.save.title"));
        FileChooser.ExtensionFilter html = new FileChooser.ExtensionFilter(messages.get("report.ui.filter.html"),
                "*.html", "*.htm");
        FileChooser.ExtensionFilter pdf = new FileChooser.ExtensionFilter(messages.get("report.ui.filter.pdf"),
                "*.pdf");
        chooser.getExtensionFilters().addAll(html, pdf);
        chooser.setSelectedExtensionFilter(html);
        chooser.setInitialFileName(ReportFiles.baseName(report, messages.get("report.ui.default-name")) + ".html");
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    /** Asks where to save, then writes the report there in the background. Does nothing without a result. */
    public void save(Report report, Window owner) {
        if (report == null) {
            return;
        }
        FileChooser chooser = chooser(report);
        File chosen = asker.ask(chooser, owner);
        if (chosen == null) {
            return;
        }
        Path file = withType(chosen.toPath(), chooser.getSelectedExtensionFilter());
        lastFolder = file.toAbsolutePath().getParent() == null ? null : file.toAbsolutePath().getParent().toFile();
        ZonedDateTime when = clock.get();
        status.set("");
        background.execute(() -> {
            String sentence;
            try {
                ReportFiles.write(file, report, messages, when);
                sentence = messages.get("report.ui.saved", file.toAbsolutePath().toString());
            } catch (Exception | OutOfMemoryError e) {
                String why = e.getLocalizedMessage() == null ? e.getClass().getSimpleName() : e.getLocalizedMessage();
                sentence = messages.get("report.ui.failed", why);
            }
            String said = sentence;
            ui.execute(() -> status.set(said));
        });
    }

    /** A name without .html or .pdf gets the extension of the type chosen in the dialog. */
    static Path withType(Path file, FileChooser.ExtensionFilter chosen) {
        if (ReportFiles.typeOf(file).isPresent()) {
            return file;
        }
        boolean pdf = chosen != null && chosen.getExtensions().stream()
                .anyMatch(e -> e.toLowerCase(Locale.ROOT).endsWith(".pdf"));
        return file.resolveSibling(file.getFileName() + (pdf ? ".pdf" : ".html"));
    }

    /** Puts the plain-text summary on the clipboard (plain text only, so it pastes the same everywhere). */
    public void copySummary(Report report) {
        if (report == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(Summary.of(report, messages, clock.get()));
        Clipboard.getSystemClipboard().setContent(content);
        status.set(messages.get("report.ui.copied"));
    }

    /** Opens the technical details of the whole message in their own window. */
    public DetailsView showDetails(Report report, Window owner) {
        if (report == null) {
            return null;
        }
        DetailsView view = new DetailsView(report, messages);
        view.show(owner);
        return view;
    }
}
