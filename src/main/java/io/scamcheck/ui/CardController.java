package io.scamcheck.ui;

import io.scamcheck.model.Span;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/** One card (card.fxml): fills in a {@link CardModel} and reports clicks and Enter as a selection. */
public final class CardController {
    /** At most this many separate words are quoted on the card; the details list them all. */
    private static final int QUOTED_WORDS = 4;
    /** At most this many positions are listed in the details; a count says how many more there are. */
    private static final int LISTED_SPANS = 30;

    private final CardModel model;
    private final Wording wording;
    private final IntConsumer onSelect;

    @FXML
    private VBox card;
    @FXML
    private StackPane glyphHolder;
    @FXML
    private Label severity;
    @FXML
    private Label title;
    @FXML
    private Label selectedNote;
    @FXML
    private Label explanation;
    @FXML
    private Label advice;
    @FXML
    private Label wordsLabel;
    @FXML
    private Label words;
    @FXML
    private TitledPane details;
    @FXML
    private VBox detailsBox;

    private CardController(CardModel model, Wording wording, IntConsumer onSelect) {
        this.model = model;
        this.wording = wording;
        this.onSelect = onSelect;
    }

    public static CardController load(CardModel model, Wording wording, ResourceBundle bundle,
                                      IntConsumer onSelect) {
        CardController controller = new CardController(model, wording, onSelect);
        FXMLLoader loader = new FXMLLoader(CardController.class.getResource("card.fxml"), bundle);
        loader.setControllerFactory(type -> controller);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return controller;
    }

    @FXML
    private void initialize() {
        card.getStyleClass().add("card-" + model.severity().id());
        card.setUserData(model);
        card.setAccessibleText(model.severityWords() + ": " + model.title());
        glyphHolder.getChildren().setAll(Glyphs.forSeverity(model.severity(), model.severityWords()));
        severity.setText(model.severityWords());
        title.setText(model.title());
        explanation.setText(model.explanation());
        advice.setText(model.advice());
        if (model.hasWords()) {
            wordsLabel.setText(wording.get("window.card.words"));
            List<String> shown = model.words().stream().distinct().limit(QUOTED_WORDS)
                    .map(w -> "\u201c" + oneLine(w) + "\u201d").toList();
            String more = model.words().stream().distinct().count() > QUOTED_WORDS ? " \u2026" : "";
            words.setText(String.join("  ", shown) + more);
        } else {
            wordsLabel.setText(wording.get("window.card.no-words"));
            words.setVisible(false);
            words.setManaged(false);
        }
        selectedNote.managedProperty().bind(selectedNote.visibleProperty());
        selectedNote.setVisible(false);
        fillDetails();

        card.setOnMouseClicked(e -> {
            card.requestFocus();
            onSelect.accept(model.index());
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                onSelect.accept(model.index());
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                focusNeighbour(e.getCode() == KeyCode.DOWN ? 1 : -1);
                e.consume();
            }
        });
    }

    /** Up and Down move between cards, skipping their details. */
    private void focusNeighbour(int step) {
        if (card.getParent() == null) {
            return;
        }
        var siblings = card.getParent().getChildrenUnmodifiable();
        int at = siblings.indexOf(card);
        for (int i = at + step; i >= 0 && i < siblings.size(); i += step) {
            if (siblings.get(i).isFocusTraversable()) {
                siblings.get(i).requestFocus();
                return;
            }
        }
    }

    private void fillDetails() {
        detailsBox.getChildren().add(detail(wording.get("window.card.details.kind", model.kindId())));
        detailsBox.getChildren().add(detail(wording.get("window.card.details.severity", model.severity().id())));
        if (!model.evidence().isEmpty()) {
            detailsBox.getChildren().add(detail(wording.get("window.card.details.evidence")));
            for (String e : model.evidence()) {
                detailsBox.getChildren().add(detail("\u2022 " + e));
            }
        }
        if (model.hasWords()) {
            detailsBox.getChildren().add(detail(wording.get("window.card.details.spans")));
            int listed = Math.min(LISTED_SPANS, model.spans().size());
            for (int i = 0; i < listed; i++) {
                Span s = model.spans().get(i);
                detailsBox.getChildren().add(detail("\u2022 " + wording.get("window.card.details.span",
                        String.valueOf(s.start()), String.valueOf(s.end()), oneLine(model.words().get(i)))));
            }
            if (model.spans().size() > listed) {
                detailsBox.getChildren().add(detail("\u2022 " + wording.get("window.card.details.more",
                        String.valueOf(model.spans().size() - listed))));
            }
        }
    }

    private static Label detail(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add("card-detail");
        return l;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    public VBox node() {
        return card;
    }

    public CardModel model() {
        return model;
    }

    public TitledPane details() {
        return details;
    }

    public void setSelected(boolean on) {
        card.getStyleClass().remove("selected");
        if (on) {
            card.getStyleClass().add("selected");
        }
        selectedNote.setVisible(on && model.hasWords());
    }

    /** Summary for logs and tests. */
    @Override
    public String toString() {
        return model.kindId() + ": " + model.title() + " " + model.words().stream().collect(Collectors.joining("|"));
    }
}
