package io.scamcheck.ui;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Text;
import io.scamcheck.intake.Intake;
import io.scamcheck.intake.IntakeError;
import io.scamcheck.intake.IntakeException;
import io.scamcheck.intake.Mailbox;
import io.scamcheck.intake.TimeLimit;
import io.scamcheck.model.Email;
import io.scamcheck.model.Span;
import io.scamcheck.verdict.VerdictResult;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The window's state as plain JavaFX properties, so that tests can drive it without a screen. Reading and
 * analysing a message runs on the background executor; the answer comes back on the UI executor. A newer
 * request always wins over an older one still running, and a failed request leaves the shown result alone.
 */
public final class MainViewModel {
    /**
     * Which screen is shown: the empty one, the list of a mailbox file's messages, the answer, or the calm
     * page of next steps for someone who already called, paid or let a caller in.
     */
    public enum Screen { EMPTY, MAILBOX, RESULT, ALREADY_PAID }

    /** The bundled example scam that "Try an example" checks (made up for this project). */
    static final String EXAMPLE = "examples/try-example.txt";
    /** At most this many reasons are given in one sentence each under the verdict. */
    public static final int TOP_REASONS = 3;

    public static final int DEFAULT_FONT_SIZE = 16;
    public static final int MIN_FONT_SIZE = 12;
    public static final int MAX_FONT_SIZE = 40;
    private static final int FONT_STEP = 2;

    /** Longer texts are shown cut short, so that laying out the message cannot freeze the window. */
    public static final int SHOWN_TEXT_LIMIT = 100_000;

    private final Supplier<Analyzer> analyzer;
    private final Wording words;
    private final Executor background;
    private final Executor ui;
    private final Duration timeout;

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.EMPTY);
    private final ReadOnlyObjectWrapper<ResultModel> result = new ReadOnlyObjectWrapper<>(this, "result");
    /** The checked message behind the result shown, for the report, the summary and the technical details. */
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** The bundle key of the sentence in {@link #error}, kept to say it again in another language. */
    private String errorKey;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyObjectWrapper<OpenMailbox> mailbox = new ReadOnlyObjectWrapper<>(this, "mailbox");
    private final ReadOnlyIntegerWrapper selectedCard = new ReadOnlyIntegerWrapper(this, "selectedCard", -1);
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize", DEFAULT_FONT_SIZE);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast", false);
    private final Settings settings;
    /** The screen to go back to from the "already paid" page. */
    private Screen beforeHelp = Screen.EMPTY;

    /** Incremented by every request; an answer for an older one is dropped. Touched on the UI thread only. */
    private long generation;
    /** The report shown and where it came from (in words), kept to put it into words again: {@link #reword}. */
    private Report shownReport;
    private Supplier<String> shownSource;

    public MainViewModel(Analyzer analyzer, Wording words, Executor background, Executor ui, Duration timeout) {
        this(() -> analyzer, words, background, ui, timeout);
    }

    public MainViewModel(Supplier<Analyzer> analyzer, Wording words, Executor background, Executor ui,
                         Duration timeout) {
        this(analyzer, words, background, ui, timeout, Settings.inMemory());
    }

    /**
     * With an analyzer made on first use, on the background thread, so that loading the knowledge files
     * never delays the window.
     */
    public MainViewModel(Supplier<Analyzer> analyzer, Wording words, Executor background, Executor ui,
                         Duration timeout, Settings settings) {
        this.settings = settings;
        fontSize.set(clampSize(settings.textSize(DEFAULT_FONT_SIZE)));
        highContrast.set(settings.highContrast());
        this.analyzer = once(analyzer);
        this.words = words;
        this.background = background;
        this.ui = ui;
        this.timeout = timeout;
    }

    // --- state -------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public Screen getScreen() {
        return screen.get();
    }

    public ReadOnlyObjectProperty<ResultModel> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ResultModel getResult() {
        return result.get();
    }

    /** A plain sentence saying why the last request could not be checked, or empty. */
    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public Report getReport() {
        return report.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** An mbox file whose messages are listed to choose from, or null. */
    public ReadOnlyObjectProperty<OpenMailbox> mailboxProperty() {
        return mailbox.getReadOnlyProperty();
    }

    public OpenMailbox getMailbox() {
        return mailbox.get();
    }

    /** The index of the selected card in the result, or -1. */
    public ReadOnlyIntegerProperty selectedCardProperty() {
        return selectedCard.getReadOnlyProperty();
    }

    public int getSelectedCard() {
        return selectedCard.get();
    }

    /** The text typed or pasted into the box on the empty screen. */
    public StringProperty draftProperty() {
        return draft;
    }

    /** The base font size in pixels; everything else is sized in em from it. */
    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    /** Whether the high-contrast colours (light text on black) are on. */
    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    public boolean isHighContrast() {
        return highContrast.get();
    }

    public Wording words() {
        return words;
    }

    // --- actions -----------------------------------------------------------------------------------------

    /** Checks pasted text (from the clipboard or a drop). */
    public void checkText(String text) {
        Supplier<String> source = () -> words.get("window.result.pasted");
        submit(() -> Intake.fromPaste(text), source, null);
    }

    /**
     * Checks the HTML a browser or mail program put on the clipboard (or dropped), so that the real targets
     * of its links are kept. When the HTML shows no text, the plain text given with it is checked instead.
     */
    public void checkHtml(String html, String plain) {
        Supplier<String> source = () -> words.get("window.result.pasted");
        submit(() -> {
            try {
                return Intake.fromPastedHtml(html);
            } catch (IntakeException e) {
                if (e.error() == IntakeError.EMPTY && plain != null && !plain.isBlank()) {
                    return Intake.fromPaste(plain);
                }
                throw e;
            }
        }, source, null);
    }

    /** Checks the text in the box on the empty screen. */
    public void checkDraft() {
        checkText(draft.get());
    }

    /**
     * Checks a dropped or opened file. An mbox file with more than one message shows the list of its
     * messages instead, to choose one from.
     */
    public void openFile(Path file) {
        Path name = file.getFileName();
        String shownName = name == null ? file.toString() : name.toString();
        long mine = ++generation;
        busy.set(true);
        // A big mailbox file takes longer to go through than one message: more time for each 20 MB.
        Duration finding = timeout.plusMillis(sizeOf(file) / 20_000);
        run(mine, () -> {
            if (Intake.isMailbox(file)) {
                // The list is made here too, away from the window's thread.
                Mailbox box = TimeLimit.run(finding, () -> {
                    Mailbox found = Intake.mailbox(file);
                    found.entries();
                    return found;
                });
                if (box.size() > 1) {
                    return new Outcome(null, null, new OpenMailbox(shownName, box));
                }
            }
            return work(() -> Intake.fromFile(file), () -> shownName, file);
        }, finding.plus(timeout));
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Checks message {@code number} (from 1) of the listed mailbox. */
    public void checkMailboxMessage(int number) {
        OpenMailbox open = mailbox.get();
        if (open == null || number < 1 || number > open.box().size()) {
            return;
        }
        submit(() -> open.box().message(number),
                () -> words.get("window.mailbox.source", open.name(), number, open.box().size()), null);
    }

    /** Back from a message of a mailbox to the list of its messages. */
    public void backToMailbox() {
        if (mailbox.get() != null) {
            generation++;
            busy.set(false);
            sentence(null);
            selectedCard.set(-1);
            screen.set(Screen.MAILBOX);
        }
    }

    /** Says in words that a dropped picture (not a file) cannot be checked. */
    public void refuseDroppedPicture() {
        sentence("window.error.image");
    }

    /** Shows a plain sentence (by bundle key) without touching what is shown. */
    public void showError(String key) {
        sentence(key);
    }

    /** Shows the sentence with this bundle key (none: no sentence), remembering the key. */
    private void sentence(String key) {
        errorKey = key;
        error.set(key == null ? "" : words.get(key));
    }

    public void clearError() {
        sentence(null);
    }

    /** Back to the empty screen, dropping any request still running. */
    public void checkAnother() {
        generation++;
        busy.set(false);
        selectedCard.set(-1);
        result.set(null);
        report.set(null);
        mailbox.set(null);
        sentence(null);
        draft.set("");
        screen.set(Screen.EMPTY);
    }

    public void selectCard(int index) {
        ResultModel r = result.get();
        if (r != null && index >= 0 && index < r.cards().size()) {
            selectedCard.set(index);
        }
    }

    public void clearSelection() {
        selectedCard.set(-1);
    }

    /**
     * Selects the card of a clicked highlight. Where findings overlap, clicking the same words again moves to
     * the next card that covers them.
     */
    public void selectSegment(Segment segment) {
        if (segment == null || !segment.marked()) {
            return;
        }
        List<Integer> cards = segment.cards();
        int at = cards.indexOf(selectedCard.get());
        selectCard(at < 0 ? cards.get(0) : cards.get((at + 1) % cards.size()));
    }

    /** Larger text, remembered for the next time the window opens. */
    public void largerText() {
        fontSize.set(Math.min(MAX_FONT_SIZE, fontSize.get() + FONT_STEP));
        settings.saveTextSize(fontSize.get());
    }

    /** Smaller text, remembered for the next time the window opens. */
    public void smallerText() {
        fontSize.set(Math.max(MIN_FONT_SIZE, fontSize.get() - FONT_STEP));
        settings.saveTextSize(fontSize.get());
    }

    /** High contrast on or off, remembered for the next time the window opens. */
    public void toggleHighContrast() {
        highContrast.set(!highContrast.get());
        settings.saveHighContrast(highContrast.get());
    }

    /** A text size for this run only (a command-line option), not remembered. */
    public void useTextSizeForNow(int px) {
        fontSize.set(clampSize(px));
    }

    /** High contrast for this run only (a command-line option), not remembered. */
    public void useHighContrastForNow(boolean on) {
        highContrast.set(on);
    }

    private static int clampSize(int px) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, px));
    }

    /** Shows the page for someone who already called, paid or let a caller in. Back returns here. */
    public void showAlreadyPaid() {
        if (screen.get() != Screen.ALREADY_PAID) {
            beforeHelp = screen.get();
            screen.set(Screen.ALREADY_PAID);
        }
    }

    /** Back from the "already paid" page to the screen it was opened from, with all it showed. */
    public void leaveAlreadyPaid() {
        if (screen.get() == Screen.ALREADY_PAID) {
            screen.set(beforeHelp);
        }
    }

    /** Checks the bundled example scam, so a person can see what an answer looks like. */
    public void tryExample() {
        String text;
        try (InputStream in = MainViewModel.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IOException("missing " + EXAMPLE);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("scamcheck: " + new UncheckedIOException(e).getMessage());
            sentence("error.internal");
            return;
        }
        Supplier<String> source = () -> words.get("window.result.example");
        submit(() -> Intake.fromPaste(text), source, null);
    }

    /** Makes the analyzer now (call on a background thread at start), so the first check is quick. */
    public void prepare() {
        try {
            analyzer.get();
        } catch (RuntimeException e) {
            // The first check will try again and say so in words if it fails.
            System.err.println("scamcheck: could not load the knowledge files: " + e);
        }
    }

    // --- the work ----------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Reading {
        Email read() throws IntakeException;
    }

    /** A mailbox file opened to choose a message from: its name as shown and its messages. */
    public record OpenMailbox(String name, Mailbox box) {
    }

    /** A result to show, a list of messages to choose from, or a sentence saying why there is neither. */
    private record Outcome(ResultModel result, String error, OpenMailbox mailbox, Report report,
                           Supplier<String> source) {
        Outcome(ResultModel result, String error, OpenMailbox mailbox) {
            this(result, error, mailbox, null, null);
        }
    }

    @FunctionalInterface
    private interface Job {
        Outcome run() throws Exception;
    }

    private void submit(Reading reading, Supplier<String> source, Path file) {
        long mine = ++generation;
        busy.set(true);
        run(mine, () -> work(reading, source, file));
    }

    private void run(long mine, Job job) {
        run(mine, job, timeout);
    }

    /** As {@link #run(long, Job)}, for work that may take {@code limit} (a big mailbox file to go through). */
    private void run(long mine, Job job, Duration limit) {
        CompletableFuture<Outcome> work;
        try {
            work = CompletableFuture.supplyAsync(() -> {
                try {
                    return job.run();
                } catch (IntakeException e) {
                    return new Outcome(null, e.error().messageKey(), null);
                } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                    System.err.println("scamcheck: could not check a message: " + e);
                    return new Outcome(null, "error.internal", null);
                }
            }, background);
        } catch (RuntimeException e) {
            // The executor refused the job (shut down): say so in words, keep what is shown.
            finish(mine, null, e);
            return;
        }
        // The work stops itself after the time limit (TimeLimit); this is a last guard should it not.
        work.orTimeout(limit.toMillis() + 2_000, TimeUnit.MILLISECONDS)
                .whenComplete((outcome, failure) -> ui.execute(() -> finish(mine, outcome, failure)));
    }

    /** Reads and analyses one message within the time limit, interrupted when time is up. */
    private Outcome work(Reading reading, Supplier<String> source, Path file) throws IntakeException {
        try {
            return TimeLimit.run(timeout, () -> {
                Email email = reading.read();
                Report report = analyzer.get().analyze(email);
                return new Outcome(build(report, source.get()), null, null, report, source);
            });
        } catch (IntakeException e) {
            return new Outcome(null, refusal(e, file), null);
        }
    }

    /** The bundle key of the sentence for a refused message; a PDF or a picture is named, as people often drop those. */
    private String refusal(IntakeException e, Path file) {
        if (e.error() == IntakeError.NOT_A_MESSAGE && file != null) {
            String kind = FileLooks.of(file);
            if (kind != null) {
                return "window.error." + kind;
            }
        }
        return e.error().messageKey();
    }

    private void finish(long mine, Outcome outcome, Throwable failure) {
        if (mine != generation) {
            return;
        }
        busy.set(false);
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            sentence(cause instanceof TimeoutException ? "error.too-slow" : "error.internal");
            return;
        }
        if (outcome.error() != null) {
            sentence(outcome.error());
            return;
        }
        sentence(null);
        selectedCard.set(-1);
        report.set(outcome.report());
        if (outcome.mailbox() != null) {
            result.set(null);
            mailbox.set(outcome.mailbox());
            screen.set(Screen.MAILBOX);
            return;
        }
        shownReport = outcome.report();
        shownSource = outcome.source();
        result.set(outcome.result());
        screen.set(Screen.RESULT);
    }

    /**
     * Puts the shown result into words again, after the reader chose another language: the same message,
     * findings and chosen card, in the words {@link #words()} now gives.
     */
    public void reword() {
        if (errorKey != null) {
            error.set(words.get(errorKey));
        }
        if (result.get() == null || shownReport == null) {
            return;
        }
        int chosen = selectedCard.get();
        selectedCard.set(-1);
        result.set(build(shownReport, shownSource.get()));
        selectedCard.set(chosen);
    }

    private static Supplier<Analyzer> once(Supplier<Analyzer> make) {
        return new Supplier<>() {
            private Analyzer made;

            @Override
            public synchronized Analyzer get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }

    /** Puts a report into words. Runs on the background thread. */
    ResultModel build(Report report, String source) {
        String full = report.email().text();
        String text = full.length() > SHOWN_TEXT_LIMIT ? full.substring(0, SHOWN_TEXT_LIMIT) : full;
        List<CardModel> cards = new ArrayList<>();
        List<Finding> findings = report.findings();
        for (int i = 0; i < findings.size(); i++) {
            cards.add(card(i, findings.get(i), full));
        }
        List<List<Span>> spans = cards.stream().map(CardModel::spans).toList();
        List<Segment> segments = Segments.split(text.length(), spans);
        VerdictResult v = report.verdict();
        List<String> steps = v.steps().stream().map(words::text).toList();
        List<String> notes = report.email().notes().stream().map(words::text).toList();
        List<String> reasons = v.reasons().stream().map(f -> say(f.title())).filter(t -> !t.isBlank())
                .distinct().limit(TOP_REASONS).toList();
        return new ResultModel(source, text, text.length() < full.length(), v.verdict(), words.text(v.headline()),
                words.text(v.summary()), reasons, notes, steps, cards, segments);
    }

    private CardModel card(int index, Finding f, String text) {
        List<Span> spans = new ArrayList<>();
        List<String> spanWords = new ArrayList<>();
        for (Span s : f.spans()) {
            if (s.end() <= text.length()) {
                spans.add(s);
                spanWords.add(s.textOf(text));
            }
        }
        return new CardModel(index, f.kind().id(), f.severity(),
                words.get("window.severity." + f.severity().id()),
                say(f.title()), join(f.explanation()), say(f.advice()),
                f.evidence().stream().map(this::say).toList(), spans, spanWords);
    }

    private String say(Text t) {
        return t == null ? "" : words.text(t);
    }

    private String join(List<Text> texts) {
        StringBuilder sb = new StringBuilder();
        for (Text t : texts) {
            String s = say(t);
            if (!s.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }
}
