package io.scamcheck.ui;

import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Messages;
import io.scamcheck.report.ReportContent;
import io.scamcheck.report.TechnicalDetails;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * The technical details of the whole message, for a helper, in a window of their own: sender and replies,
 * where each link really goes (as text, never clickable), the mail server's checks, attached files, phone
 * numbers, the route of the mail, and each sign's kind, weight, words and evidence. The same tables as in the
 * saved report ({@link ReportContent#details}). Each table has the id {@code details-<section>}.
 */
public final class DetailsView {
    private final BorderPane root = new BorderPane();
    private final Stage stage = new Stage();

    public DetailsView(Report report, Messages messages) {
        VBox content = new VBox(6);
        content.getStyleClass().add("details-content");
        content.setPadding(new Insets(12));
        Label title = new Label(messages.get("report.details"));
        title.getStyleClass().add("pane-title");
        title.setWrapText(true);
        content.getChildren().add(title);
        for (ReportContent.Section s : ReportContent.details(TechnicalDetails.of(report), messages)) {
            Label heading = new Label(s.title());
            heading.getStyleClass().add("details-heading");
            heading.setStyle("-fx-font-weight: bold;");
            heading.setWrapText(true);
            heading.setPadding(new Insets(8, 0, 0, 0));
            content.getChildren().add(heading);
            if (s.rows().isEmpty()) {
                Label none = label(s.empty());
                none.setId("details-" + s.id());
                content.getChildren().add(none);
                continue;
            }
            content.getChildren().add(table(s));
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setCenter(scroll);
        Button close = new Button(messages.get("report.ui.details.close"));
        close.setId("detailsClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bottom = new HBox(close);
        bottom.setPadding(new Insets(8, 12, 12, 12));
        root.setBottom(bottom);
        root.getStyleClass().add("details-window");
        stage.setTitle(messages.get("report.ui.details.title"));
    }

    private static GridPane table(ReportContent.Section s) {
        GridPane grid = new GridPane();
        grid.setId("details-" + s.id());
        grid.getStyleClass().add("details-table");
        grid.setHgap(12);
        grid.setVgap(4);
        // Each column gets a share of the width by how long its words are, so wide tables wrap instead of
        // running off the window.
        int columns = s.columns().size();
        double[] weight = new double[columns];
        double total = 0;
        for (int c = 0; c < columns; c++) {
            int longest = s.columns().get(c).length();
            for (List<String> row : s.rows()) {
                if (c < row.size()) {
                    longest = Math.max(longest, row.get(c).length());
                }
            }
            weight[c] = Math.min(longest, 60) + 4;
            total += weight[c];
        }
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100 * weight[c] / total);
            cc.setHgrow(Priority.ALWAYS);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
            Label head = label(s.columns().get(c));
            head.setStyle("-fx-font-weight: bold;");
            grid.add(head, c, 0);
        }
        int r = 1;
        for (List<String> row : s.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Label cell = label(row.get(c));
                cell.setMaxWidth(Double.MAX_VALUE);
                grid.add(cell, c, r);
            }
            r++;
        }
        return grid;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMinWidth(0);
        l.setMnemonicParsing(false);
        return l;
    }

    /** Opens the window beside its owner, with the owner's style sheets and text size. */
    public void show(Window owner) {
        Scene scene = new Scene(root, 860, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot() != null) {
                root.setStyle(owner.getScene().getRoot().getStyle());
            }
            stage.initOwner(owner);
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public BorderPane root() {
        return root;
    }
}
