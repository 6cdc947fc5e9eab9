package io.scamcheck.ui;

import io.scamcheck.intake.Mailbox;
import io.scamcheck.verdict.Verdict;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Callback;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The window's controller (main.fxml). Thin: it shows the {@link MainViewModel}'s state and turns clicks,
 * keys, drops and the clipboard into the view-model's actions.
 */
public final class MainController {
    private final MainViewModel vm;
    private final ResourceBundle bundle;
    private final MessageView messageView = new MessageView();
    private final List<CardController> cards = new ArrayList<>();
    /** Asks the person for a file to open (a seam, so tests need no real dialog); null when they cancel. */
    private Function<Window, File> fileChooser = this::showOpenDialog;

    @FXML
    private BorderPane root;
    @FXML
    private ScrollPane emptyScreen;
    @FXML
    private VBox dropArea;
    @FXML
    private Label emptyHeadline;
    @FXML
    private Button pasteButton;
    @FXML
    private Button openButton;
    @FXML
    private Button exampleButton;
    @FXML
    private TextArea draftArea;
    @FXML
    private Button checkButton;
    @FXML
    private BorderPane mailboxScreen;
    @FXML
    private Label mailboxTitle;
    @FXML
    private ListView<Mailbox.Entry> mailboxList;
    @FXML
    private Button mailboxCheckButton;
    @FXML
    private VBox notesBox;
    @FXML
    private VBox reasonsBox;
    @FXML
    private VBox verdictWords;
    @FXML
    private VBox verdictSide;
    /** The verdict's buttons in a row that wraps, under its words, when the text is large. */
    private final FlowPane verdictRow = new FlowPane() {
        /** As narrow as its narrowest button may be (they wrap their words), not its widest one. */
        @Override
        protected double computeMinWidth(double height) {
            double widest = 0;
            for (Node n : getManagedChildren()) {
                widest = Math.max(widest, n.minWidth(-1));
            }
            return snappedLeftInset() + widest + snappedRightInset();
        }
    };
    @FXML
    private Button alreadyPaidButton;
    @FXML
    private BorderPane alreadyPaidScreen;
    @FXML
    private ScrollPane paidScroll;
    @FXML
    private VBox paidSteps;
    @FXML
    private VBox paidReport;
    @FXML
    private Button paidBackButton;
    @FXML
    private ToggleButton contrastButton;
    @FXML
    private Button listButton;
    @FXML
    private BorderPane resultScreen;
    @FXML
    private ScrollPane verdictScroll;
    @FXML
    private HBox verdictBanner;
    @FXML
    private StackPane verdictGlyph;
    @FXML
    private Label verdictHeadline;
    @FXML
    private Label verdictSummary;
    @FXML
    private VBox verdictSteps;
    @FXML
    private Button anotherButton;
    @FXML
    private Label sourceLabel;
    @FXML
    private VBox messagePane;
    @FXML
    private Label messageHint;
    @FXML
    private Label messageCut;
    @FXML
    private Label cardsTitle;
    @FXML
    private Label cardsHint;
    @FXML
    private ScrollPane cardsScroll;
    @FXML
    private VBox cardsBox;
    @FXML
    private VBox cardsColumn;
    @FXML
    private VBox stepsBox;
    @FXML
    private SplitPane resultSplit;
    @FXML
    private HBox busyBox;
    @FXML
    private HBox errorBanner;
    @FXML
    private StackPane errorGlyph;
    @FXML
    private Label errorMessage;
    @FXML
    private Label languageLabel;
    @FXML
    private ComboBox<Locale> languageBox;
    @FXML
    private HBox languageGroup;
    /**
     * The whole answer as one page that scrolls, used when the text is large: the verdict, then the message
     * (with room for several lines), then "What to do now" and the cards, one under the other. Small scroll
     * areas inside one another would each show only a line or two.
     */
    private final VBox answerPage = new VBox();
    private final ScrollPane answerScroll = new ScrollPane(answerPage);

    // --- report: Save report, Copy summary, Technical details (ReportActions, DetailsView) ---
    @FXML
    private Button saveReportButton;
    @FXML
    private Button copySummaryButton;
    @FXML
    private Button detailsButton;
    @FXML
    private Label reportStatus;
    @FXML
    private FlowPane reportBar;
    private ReportActions reportActions;

    /** The helper actions; tests answer its save dialog through {@link ReportActions#setSaveAsker}. */
    public ReportActions reportActions() {
        return reportActions;
    }

    private void initReportActions() {
        java.util.Locale locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? java.util.Locale.ENGLISH : bundle.getLocale();
        reportActions = ReportActions.standard(io.scamcheck.i18n.Messages.forLocale(locale));
        for (Button b : List.of(saveReportButton, copySummaryButton, detailsButton)) {
            b.disableProperty().bind(vm.reportProperty().isNull());
        }
        // Under the message (the message view is added to the same pane in initialize).
        messagePane.getChildren().remove(reportBar);
        messagePane.getChildren().add(reportBar);
        reportBar.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        reportStatus.textProperty().bind(reportActions.statusProperty());
        reportStatus.visibleProperty().bind(reportActions.statusProperty().isNotEmpty());
        reportStatus.managedProperty().bind(reportStatus.visibleProperty());
        watch(vm.reportProperty(), (obs, old, now) -> reportActions.clearStatus());
    }

    @FXML
    void saveReport() {
        reportActions.save(vm.getReport(), root.getScene() == null ? null : root.getScene().getWindow());
    }

    @FXML
    void copySummary() {
        reportActions.copySummary(vm.getReport());
    }

    @FXML
    void showDetails() {
        reportActions.showDetails(vm.getReport(), root.getScene() == null ? null : root.getScene().getWindow());
    }
    // --- end report ---

    /**
     * The listeners this window puts on the view-model, held here and given to the view-model weakly: when the
     * window is built again in another language, the old window's listeners go with it.
     */
    private final List<javafx.beans.value.ChangeListener<?>> watching = new ArrayList<>();

    private <T> void watch(javafx.beans.value.ObservableValue<T> value,
                           javafx.beans.value.ChangeListener<? super T> listener) {
        watching.add(listener);
        value.addListener(new javafx.beans.value.WeakChangeListener<>(listener));
    }

    public MainController(MainViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        Node message = messageView.node();
        VBox.setVgrow(message, Priority.ALWAYS);
        messagePane.getChildren().add(message);

        emptyScreen.visibleProperty().bind(vm.screenProperty().isEqualTo(MainViewModel.Screen.EMPTY));
        resultScreen.visibleProperty().bind(vm.screenProperty().isEqualTo(MainViewModel.Screen.RESULT));
        mailboxScreen.visibleProperty().bind(vm.screenProperty().isEqualTo(MainViewModel.Screen.MAILBOX));
        mailboxScreen.managedProperty().bind(mailboxScreen.visibleProperty());
        alreadyPaidScreen.visibleProperty().bind(
                vm.screenProperty().isEqualTo(MainViewModel.Screen.ALREADY_PAID));
        alreadyPaidScreen.managedProperty().bind(alreadyPaidScreen.visibleProperty());
        paidSteps.getChildren().setAll(numbered(keys("window.paid.step"), "paid-step-number", "paid-step"));
        paidReport.getChildren().setAll(bullets(keys("window.paid.report"), "paid-report-line"));
        listButton.visibleProperty().bind(vm.mailboxProperty().isNotNull());
        listButton.managedProperty().bind(listButton.visibleProperty());
        setUpMailboxList();
        // The hidden screen must not make the window's minimum size (large text on a small screen).
        emptyScreen.managedProperty().bind(emptyScreen.visibleProperty());
        resultScreen.managedProperty().bind(resultScreen.visibleProperty());

        draftArea.textProperty().bindBidirectional(vm.draftProperty());
        checkButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.draftProperty().get() == null || vm.draftProperty().get().isBlank(), vm.draftProperty()));
        draftArea.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                vm.checkDraft();
                e.consume();
            }
        });

        languageGroup.visibleProperty().bind(languageBox.visibleProperty());
        languageGroup.managedProperty().bind(languageBox.managedProperty());
        busyBox.visibleProperty().bind(vm.busyProperty());
        busyBox.managedProperty().bind(vm.busyProperty());

        errorGlyph.getChildren().setAll(Glyphs.error(bundle.getString("window.error.title")));
        errorMessage.textProperty().bind(vm.errorProperty());
        errorBanner.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        errorBanner.managedProperty().bind(errorBanner.visibleProperty());

        showContrast(vm.isHighContrast());
        watch(vm.highContrastProperty(), (obs, was, on) -> showContrast(on));
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> "-fx-font-size: " + vm.fontSizeProperty().get() + "px;", vm.fontSizeProperty()));

        // Side by side when there is room for about 40 characters a side; one above the other when the text
        // is large or the window narrow.
        resultSplit.orientationProperty().bind(Bindings.createObjectBinding(
                () -> root.getWidth() >= 40 * vm.fontSizeProperty().get()
                        ? Orientation.HORIZONTAL : Orientation.VERTICAL,
                root.widthProperty(), vm.fontSizeProperty()));

        resultSplit.orientationProperty().addListener((obs, was, now) -> showMessageHint());
        // The verdict's buttons sit beside its words when there is room for about 60 characters, else under
        // them, so large text never squeezes the verdict into a narrow column.
        verdictScroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(verdictBanner.prefHeight(Math.max(1, verdictScroll.getWidth())),
                        Math.max(root.getHeight() * (stacked() ? 0.33 : 0.45), 4.0 * vm.fontSizeProperty().get())),
                verdictScroll.widthProperty(), root.heightProperty(), verdictBanner.layoutBoundsProperty(),
                vm.fontSizeProperty(), vm.resultProperty(), resultSplit.orientationProperty()));
        verdictRow.getStyleClass().addAll("verdict-side", "under");
        // A button of the answer reached with Tab scrolls into view when the answer's top part scrolls.
        for (Node n : List.copyOf(verdictSide.getChildren())) {
            n.focusedProperty().addListener((obs, was, is) -> {
                if (is) {
                    revealInVerdict(n);
                }
            });
        }
        // Beside the words, the buttons take at most about 22 characters' width and wrap their words, so a
        // long label (German, Dutch) never squeezes the verdict itself into a narrow column.
        verdictSide.setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        verdictSide.maxWidthProperty().bind(vm.fontSizeProperty().multiply(22));
        // Under the words, the long "already paid" button wraps its words rather than make the answer wider
        // than the window (the sign, the gaps and the scroll bar take about ten characters' width).
        alreadyPaidButton.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> verdictSide.getParent() == verdictBanner || root.getWidth() <= 0 ? Region.USE_COMPUTED_SIZE
                        : Math.max(10 * vm.fontSizeProperty().get(), root.getWidth() - 10 * vm.fontSizeProperty().get()),
                root.widthProperty(), vm.fontSizeProperty(), verdictSide.parentProperty()));
        root.widthProperty().addListener((obs, was, now) -> placeVerdictSide());
        watch(vm.fontSizeProperty(), (obs, was, now) -> placeVerdictSide());
        placeVerdictSide();

        answerPage.getStyleClass().add("answer-page");
        answerScroll.getStyleClass().add("answer-scroll");
        answerScroll.setId("answerScroll");
        answerScroll.setFitToWidth(true);
        answerScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        answerScroll.setFocusTraversable(false);
        // On the page the message is as tall as its text, but at least five lines and at most most of the
        // window, so a long message scrolls in a box that still leaves the page around it in view.
        Region messageScroll = messageView.scrollPane();
        messageScroll.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> onePage() ? MESSAGE_LINES * messageLineHeight() : Region.USE_COMPUTED_SIZE,
                vm.fontSizeProperty(), resultScreen.centerProperty()));
        messageScroll.maxHeightProperty().bind(Bindings.createDoubleBinding(
                () -> onePage() ? Math.max(MESSAGE_LINES * messageLineHeight(), resultScreen.getHeight() * 0.75)
                        : Double.MAX_VALUE,
                vm.fontSizeProperty(), resultScreen.heightProperty(), resultScreen.centerProperty()));
        root.heightProperty().addListener((obs, was, now) -> placeAnswer());
        watch(vm.fontSizeProperty(), (obs, was, now) -> placeAnswer());
        placeAnswer();

        watch(vm.resultProperty(), (obs, old, now) -> showResult(now));
        watch(vm.mailboxProperty(), (obs, old, now) -> showMailbox(now));
        watch(vm.selectedCardProperty(), (obs, old, now) -> showSelection(now.intValue()));
        watch(vm.screenProperty(), (obs, old, now) -> Platform.runLater(() -> focusFirst(old)));

        root.addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
        root.addEventHandler(DragEvent.DRAG_ENTERED, e -> setDragging(accepts(e.getDragboard())));
        root.addEventHandler(DragEvent.DRAG_EXITED, e -> setDragging(false));
        root.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
        showResult(vm.getResult());
        showMailbox(vm.getMailbox());
        showSelection(vm.getSelectedCard());
        initReportActions();
    }

    /** Keyboard shortcuts for the whole window: Ctrl+V paste and check, Ctrl+O open, Ctrl+N start again. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN), this::paste);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::open);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                this::checkAnother);
        // Escape leaves the "already paid" page (the Back button says so in its tooltip).
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.getScreen() == MainViewModel.Screen.ALREADY_PAID) {
                vm.leaveAlreadyPaid();
                e.consume();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                vm::largerText);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                vm::largerText);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                vm::largerText);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                vm::smallerText);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                vm::smallerText);
    }

    /**
     * Shows the language choice in the header: each language in its own name, the one in use chosen.
     * Choosing another calls {@link LanguageChoice#choose}, which re-renders the window.
     */
    public void offerLanguages(LanguageChoice choice) {
        languageBox.getItems().setAll(choice.languages());
        languageBox.setValue(choice.current());
        Callback<ListView<Locale>, ListCell<Locale>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(Locale language, boolean empty) {
                super.updateItem(language, empty);
                setText(empty || language == null ? null : LanguageChoice.nameOf(language));
            }
        };
        languageBox.setCellFactory(cells);
        languageBox.setButtonCell(cells.call(null));
        languageBox.setOnAction(e -> {
            Locale chosen = languageBox.getValue();
            if (chosen != null && !chosen.equals(choice.current())) {
                choice.choose(chosen);
            }
        });
        languageLabel.setLabelFor(languageBox);
        for (Node n : List.of(languageLabel, languageBox)) {
            n.setVisible(true);
            n.setManaged(true);
        }
    }

    /** The language choice in the header (for the window and tests). */
    public ComboBox<Locale> languageBox() {
        return languageBox;
    }

    // --- actions -----------------------------------------------------------------------------------------

    /** Checks what was copied last: a file copied in a file manager, or text. */
    @FXML
    void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            vm.openFile(clipboard.getFiles().get(0).toPath());
        } else if (clipboard.hasHtml() && clipboard.getHtml() != null && !clipboard.getHtml().isBlank()) {
            // Copied from web mail or a browser: the HTML keeps where each link really leads.
            vm.checkHtml(clipboard.getHtml(), clipboard.hasString() ? clipboard.getString() : null);
        } else if (clipboard.hasString() && clipboard.getString() != null && !clipboard.getString().isBlank()) {
            vm.checkText(clipboard.getString());
        } else {
            vm.showError("window.error.empty-clipboard");
        }
    }

    @FXML
    void open() {
        File file = fileChooser.apply(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            vm.openFile(file.toPath());
        }
    }

    /** Replaces the open dialog (tests give a function that returns a file, as a person choosing it would). */
    public void setFileChooser(Function<Window, File> chooser) {
        this.fileChooser = chooser;
    }

    private File showOpenDialog(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("window.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(bundle.getString("window.open.filter.email"), "*.eml", "*.EML"),
                new FileChooser.ExtensionFilter(bundle.getString("window.open.filter.text"), "*.txt", "*.TXT"),
                new FileChooser.ExtensionFilter(bundle.getString("window.open.filter.mbox"), "*.mbox", "*.MBOX"),
                new FileChooser.ExtensionFilter(bundle.getString("window.open.filter.all"), "*"));
        return chooser.showOpenDialog(owner);
    }

    @FXML
    void tryExample() {
        vm.tryExample();
    }

    @FXML
    void showAlreadyPaid() {
        vm.showAlreadyPaid();
    }

    @FXML
    void leaveAlreadyPaid() {
        vm.leaveAlreadyPaid();
    }

    @FXML
    void toggleHighContrast() {
        vm.toggleHighContrast();
    }

    @FXML
    void checkDraft() {
        vm.checkDraft();
    }

    @FXML
    void checkAnother() {
        vm.checkAnother();
    }

    @FXML
    void checkChosenMessage() {
        Mailbox.Entry chosen = mailboxList.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            vm.checkMailboxMessage(chosen.number());
        }
    }

    @FXML
    void backToMailbox() {
        vm.backToMailbox();
    }

    @FXML
    void hideError() {
        vm.clearError();
    }

    @FXML
    void largerText() {
        vm.largerText();
    }

    @FXML
    void smallerText() {
        vm.smallerText();
    }

    // --- drag and drop -----------------------------------------------------------------------------------

    private static boolean accepts(Dragboard db) {
        return db.hasFiles() || db.hasString() || db.hasHtml() || db.hasImage();
    }

    private void dragOver(DragEvent e) {
        if (accepts(e.getDragboard())) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void setDragging(boolean on) {
        root.getStyleClass().remove("dragging");
        if (on) {
            root.getStyleClass().add("dragging");
        }
        emptyHeadline.setText(bundle.getString(on ? "window.drop.hint" : "window.empty.headline"));
    }

    private void dropped(DragEvent e) {
        Dragboard db = e.getDragboard();
        boolean done = drop(db.hasFiles() ? db.getFiles() : List.of(), db.hasHtml() ? db.getHtml() : null,
                db.hasString() ? db.getString() : null);
        if (!done && db.hasImage()) {
            // A picture dragged from a web page or a viewer, with no file behind it.
            vm.refuseDroppedPicture();
            done = true;
        }
        setDragging(false);
        e.setDropCompleted(done);
        e.consume();
    }

    /** What a drop does: the first file is opened, else dropped text is checked. Returns whether it took it. */
    boolean drop(List<File> files, String text) {
        return drop(files, null, text);
    }

    /**
     * What a drop does: the first file is opened; else dropped HTML is checked with its real link targets;
     * else dropped text. Returns whether it took it.
     */
    boolean drop(List<File> files, String html, String text) {
        if (files != null && !files.isEmpty()) {
            vm.openFile(files.get(0).toPath());
            return true;
        }
        if (html != null && !html.isBlank()) {
            vm.checkHtml(html, text);
            return true;
        }
        if (text != null && !text.isEmpty()) {
            vm.checkText(text);
            return true;
        }
        return false;
    }

    // --- showing the state -------------------------------------------------------------------------------

    private void setUpMailboxList() {
        mailboxList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Mailbox.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : entryWords(e));
            }
        });
        mailboxCheckButton.disableProperty().bind(mailboxList.getSelectionModel().selectedItemProperty().isNull());
        mailboxList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                checkChosenMessage();
                e.consume();
            }
        });
        mailboxList.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                checkChosenMessage();
            }
        });
    }

    /** One line of the list: date, sender and subject, with words for any that are missing. */
    String entryWords(Mailbox.Entry e) {
        return vm.words().get("window.mailbox.entry",
                e.date().isBlank() ? vm.words().get("window.mailbox.no-date") : e.date(),
                e.sender().isBlank() ? vm.words().get("window.mailbox.no-sender") : e.sender(),
                e.subject().isBlank() ? vm.words().get("window.mailbox.no-subject") : e.subject());
    }

    private void showMailbox(MainViewModel.OpenMailbox open) {
        if (open == null) {
            mailboxList.getItems().clear();
            return;
        }
        mailboxTitle.setText(vm.words().get("window.mailbox.title", open.box().size()));
        mailboxList.getItems().setAll(open.box().entries());
        mailboxList.getSelectionModel().selectFirst();
    }

    private void showResult(ResultModel r) {
        cards.clear();
        cardsBox.getChildren().clear();
        messageView.show(r, this::segmentChosen);
        if (r == null) {
            return;
        }
        for (Node n : List.of(verdictBanner, stepsBox)) {
            n.getStyleClass().removeIf(c -> c.startsWith("verdict-is-"));
            n.getStyleClass().add("verdict-is-" + r.verdict().id());
        }
        verdictGlyph.getChildren().setAll(Glyphs.forVerdict(r.verdict(),
                bundle.getString("window.verdict.icon." + r.verdict().id())));
        verdictHeadline.setText(r.headline());
        verdictSummary.setText(r.summary());
        reasonsBox.getChildren().setAll(bullets(r.reasons(), "verdict-reason"));
        reasonsBox.setManaged(!r.reasons().isEmpty());
        boolean worrying = r.verdict() != Verdict.NO_SIGNS_FOUND;
        alreadyPaidButton.setVisible(worrying);
        alreadyPaidButton.setManaged(worrying);
        List<Node> notes = new ArrayList<>();
        for (String note : r.notes()) {
            Label line = new Label(note);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().add("verdict-note");
            notes.add(line);
        }
        notesBox.getChildren().setAll(notes);
        notesBox.setVisible(!notes.isEmpty());
        notesBox.setManaged(!notes.isEmpty());
        verdictSteps.getChildren().setAll(numbered(r.steps(), "verdict-step-number", "verdict-step"));
        sourceLabel.setText(vm.words().get("window.result.from", r.source()));

        for (CardModel m : r.cards()) {
            CardController c = CardController.load(m, vm.words(), bundle, vm::selectCard);
            // A card reached with the keyboard (Tab, Up, Down) scrolls into view.
            c.node().focusedProperty().addListener((obs, was, is) -> {
                if (is) {
                    revealCard(c.node());
                }
            });
            cards.add(c);
            cardsBox.getChildren().add(c.node());
        }
        if (r.cards().isEmpty()) {
            cardsTitle.setText(bundle.getString("window.cards.title"));
            Label none = new Label(bundle.getString("window.cards.none"));
            none.setWrapText(true);
            none.setMinHeight(Region.USE_PREF_SIZE);
            none.getStyleClass().add("cards-none");
            cardsBox.getChildren().add(none);
        } else {
            cardsTitle.setText(vm.words().get("window.cards.count", r.cards().size()));
        }
        cardsHint.setVisible(r.hasMarks());
        cardsHint.setManaged(r.hasMarks());
        showMessageHint();
        messageCut.setVisible(r.cut());
        messageCut.setManaged(r.cut());
        cardsScroll.setVvalue(0);
        answerScroll.setVvalue(0);
    }

    /**
     * Marked words chosen: their card is selected and scrolled into view. After a click the card also takes
     * the focus; with the keyboard the focus stays in the message, so Tab goes on to the next marked words.
     */
    private void segmentChosen(Segment segment, boolean byKeyboard) {
        vm.selectSegment(segment);
        int i = vm.getSelectedCard();
        if (!byKeyboard && i >= 0 && i < cards.size()) {
            cards.get(i).node().requestFocus();
        }
    }

    private void showSelection(int index) {
        for (CardController c : cards) {
            c.setSelected(c.model().index() == index);
        }
        messageView.select(index);
        if (index >= 0 && index < cards.size()) {
            messageView.reveal(index);
            revealCard(cards.get(index).node());
        }
    }

    /**
     * Scrolls the list of cards so that a card is in view, if it is not: its top and at least half of the
     * view's height of it (a tall card need not fit whole).
     */
    private void revealCard(Node card) {
        ScrollPane cardsScroll = onePage() ? answerScroll : this.cardsScroll;
        Region cardsColumn = onePage() ? answerPage : this.cardsColumn;
        cardsScroll.applyCss();
        cardsScroll.layout();
        Bounds b = cardsColumn.sceneToLocal(card.localToScene(card.getBoundsInLocal()));
        double contentHeight = cardsColumn.getLayoutBounds().getHeight();
        double viewHeight = cardsScroll.getViewportBounds().getHeight();
        if (b == null || contentHeight <= viewHeight || viewHeight <= 0) {
            return;
        }
        double range = contentHeight - viewHeight;
        double top = cardsScroll.getVvalue() * range;
        double needed = Math.min(b.getHeight(), viewHeight / 2);
        if (b.getMinY() >= top && b.getMinY() + needed <= top + viewHeight) {
            return;
        }
        double margin = vm.fontSizeProperty().get() * 0.6;
        cardsScroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - margin) / range)));
    }

    /** Numbered lines ("1." in bold, then the words), each read as one line by a screen reader. */
    private static List<Node> numbered(List<String> lines, String numberClass, String styleClass) {
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Label number = new Label((i + 1) + ".");
            number.getStyleClass().addAll("step-number", numberClass);
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label words = new Label(lines.get(i));
            words.setWrapText(true);
            words.setMinHeight(Region.USE_PREF_SIZE);
            words.getStyleClass().add(styleClass);
            HBox row = new HBox(number, words);
            row.getStyleClass().add("verdict-step-row");
            row.setAccessibleText((i + 1) + ". " + lines.get(i));
            rows.add(row);
        }
        return rows;
    }

    /** Lines with a bullet (a drawn dot, so it is not read aloud as a word). */
    private static List<Node> bullets(List<String> lines, String styleClass) {
        List<Node> rows = new ArrayList<>();
        for (String line : lines) {
            Label dot = new Label("\u2022");
            dot.getStyleClass().add("bullet");
            dot.setMinWidth(Region.USE_PREF_SIZE);
            Label words = new Label(line);
            words.setWrapText(true);
            words.setMinHeight(Region.USE_PREF_SIZE);
            words.getStyleClass().add(styleClass);
            HBox row = new HBox(dot, words);
            row.getStyleClass().add("bullet-row");
            row.setAccessibleText(line);
            rows.add(row);
        }
        return rows;
    }

    /** The bundle's lines prefix1, prefix2, ... in order, up to the first missing one. */
    private List<String> keys(String prefix) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; bundle.containsKey(prefix + i); i++) {
            lines.add(bundle.getString(prefix + i));
        }
        return lines;
    }

    private void placeVerdictSide() {
        boolean beside = root.getWidth() <= 0 || root.getWidth() >= 60 * vm.fontSizeProperty().get();
        boolean isBeside = verdictSide.getParent() == verdictBanner;
        if (beside == isBeside) {
            return;
        }
        if (beside) {
            List<Node> moved = List.copyOf(verdictRow.getChildren());
            verdictRow.getChildren().clear();
            verdictSide.getChildren().setAll(moved);
            verdictWords.getChildren().remove(verdictRow);
            verdictBanner.getChildren().add(verdictSide);
        } else {
            List<Node> moved = List.copyOf(verdictSide.getChildren());
            verdictSide.getChildren().clear();
            verdictRow.getChildren().setAll(moved);
            verdictBanner.getChildren().remove(verdictSide);
            verdictWords.getChildren().add(verdictRow);
        }
    }

    /** Lines of the message that stay in view on the one-page answer. */
    private static final int MESSAGE_LINES = 6;
    /** Text size from which the answer is one page that scrolls. */
    static final int ONE_PAGE_FROM = 24;

    /** The height of one line of the message (its text is 1.1em, with 0.35em between lines). */
    private double messageLineHeight() {
        double px = vm.fontSizeProperty().get();
        return px * 1.1 * 1.2 + px * 0.35;
    }

    /** Whether the answer is one page that scrolls (large text, or a window too short for its panes). */
    private boolean onePage() {
        return resultScreen.getCenter() == answerScroll;
    }

    private void placeAnswer() {
        double px = vm.fontSizeProperty().get();
        boolean page = px >= ONE_PAGE_FROM || (root.getHeight() > 0 && root.getHeight() < 30 * px);
        if (page == onePage()) {
            return;
        }
        if (page) {
            verdictScroll.setContent(null);
            cardsScroll.setContent(null);
            resultSplit.getItems().clear();
            resultScreen.setTop(null);
            answerPage.getChildren().setAll(verdictBanner, messagePane, cardsColumn);
            resultScreen.setCenter(answerScroll);
            answerScroll.setVvalue(0);
        } else {
            answerPage.getChildren().clear();
            verdictScroll.setContent(verdictBanner);
            cardsScroll.setContent(cardsColumn);
            resultSplit.getItems().setAll(messagePane, cardsScroll);
            resultSplit.setDividerPositions(0.5);
            // The top first, so Tab goes through the verdict before the message, as on a fresh window.
            resultScreen.setTop(verdictScroll);
            resultScreen.setCenter(resultSplit);
        }
        showMessageHint();
    }

    /** Whether the message and the cards are one above the other (large text or a narrow window). */
    private boolean stacked() {
        return resultSplit.getOrientation() == Orientation.VERTICAL;
    }

    /** The hint over the message, when there are marks and room for it (not with the panes stacked). */
    private void showMessageHint() {
        ResultModel r = vm.getResult();
        boolean on = r != null && r.hasMarks() && (onePage() || !stacked());
        messageHint.setVisible(on);
        messageHint.setManaged(on);
    }

    private void revealInVerdict(Node n) {
        ScrollPane verdictScroll = onePage() ? answerScroll : this.verdictScroll;
        Region verdictBanner = onePage() ? answerPage : this.verdictBanner;
        verdictScroll.applyCss();
        verdictScroll.layout();
        Bounds b = verdictBanner.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        double contentHeight = verdictBanner.getLayoutBounds().getHeight();
        double viewHeight = verdictScroll.getViewportBounds().getHeight();
        if (b == null || contentHeight <= viewHeight || viewHeight <= 0) {
            return;
        }
        double range = contentHeight - viewHeight;
        double top = verdictScroll.getVvalue() * range;
        if (b.getMinY() >= top && b.getMaxY() <= top + viewHeight) {
            return;
        }
        double target = b.getMaxY() > top + viewHeight ? b.getMaxY() - viewHeight + 8 : b.getMinY() - 8;
        verdictScroll.setVvalue(Math.max(0, Math.min(1, target / range)));
    }

    private void showContrast(boolean on) {
        root.getStyleClass().remove("high-contrast");
        if (on) {
            root.getStyleClass().add("high-contrast");
        }
        contrastButton.setSelected(on);
    }

    private void focusFirst(MainViewModel.Screen from) {
        if (vm.getScreen() == MainViewModel.Screen.ALREADY_PAID) {
            paidScroll.setVvalue(0);
            paidBackButton.requestFocus();
        } else if (from == MainViewModel.Screen.ALREADY_PAID && vm.getScreen() == MainViewModel.Screen.RESULT) {
            alreadyPaidButton.requestFocus();
        } else if (vm.getScreen() == MainViewModel.Screen.EMPTY) {
            pasteButton.requestFocus();
        } else if (vm.getScreen() == MainViewModel.Screen.MAILBOX) {
            mailboxList.requestFocus();
        } else if (!cards.isEmpty()) {
            cards.get(0).node().requestFocus();
            // Start at the top, with "What to do now" in view above the first card (on the one-page answer,
            // with the verdict in view).
            cardsScroll.setVvalue(0);
            answerScroll.setVvalue(0);
        } else {
            anotherButton.requestFocus();
        }
    }

    // --- for tests ---------------------------------------------------------------------------------------

    public MessageView messageView() {
        return messageView;
    }

    public List<CardController> cards() {
        return List.copyOf(cards);
    }

    public BorderPane root() {
        return root;
    }
}
