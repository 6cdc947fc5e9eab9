package io.scamcheck.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The message with its claims marked. The text is a {@link TextFlow} of {@link Text} runs, one per
 * {@link Segment}; behind it, a layer of shapes shades each marked run in its severity's colour and draws a
 * thick outline round the selected card's words. Marked runs are also underlined, so colour is never the
 * only signal. Clicking a marked run selects its card. Marked runs are also reached with Tab (a dashed
 * outline shows which one has the focus) and Enter or Space selects the card.
 */
public final class MessageView {
    private final ScrollPane scroll = new ScrollPane();
    private final Pane marks = new Pane();
    private final MarkedFlow flow = new MarkedFlow();
    private final StackPane content = new StackPane(marks, flow);
    private final List<Text> runs = new ArrayList<>();
    private ResultModel model;
    private int selected = -1;

    public MessageView() {
        marks.setMouseTransparent(true);
        marks.setManaged(false);
        flow.getStyleClass().add("message-flow");
        content.getStyleClass().add("message-content");
        content.setAlignment(Pos.TOP_LEFT);
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("message-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    }

    public Node node() {
        return scroll;
    }

    public ScrollPane scrollPane() {
        return scroll;
    }

    public TextFlow flow() {
        return flow;
    }

    /** The Text node of each segment, in order (for tests and for scrolling). */
    public List<Text> runs() {
        return List.copyOf(runs);
    }

    /**
     * Shows a result. {@code onSelect} gets the segment and whether it came from the keyboard (true) or a
     * click (false).
     */
    public void show(ResultModel result, BiConsumer<Segment, Boolean> onSelect) {
        this.model = result;
        this.selected = -1;
        runs.clear();
        List<Node> nodes = new ArrayList<>();
        if (result != null) {
            for (Segment seg : result.segments()) {
                Text t = new Text(seg.textOf(result.text()));
                t.getStyleClass().add("message-text");
                t.setUserData(seg);
                if (seg.marked()) {
                    CardModel first = result.cards().get(seg.cards().get(0));
                    t.getStyleClass().addAll("marked", "marked-" + first.severity().id());
                    t.setAccessibleText(seg.cards().stream().map(i -> result.cards().get(i).title())
                            .collect(Collectors.joining("; ")));
                    t.setFocusTraversable(true);
                    t.setOnKeyPressed(e -> {
                        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                            onSelect.accept(seg, true);
                            e.consume();
                        }
                    });
                    t.focusedProperty().addListener((obs, was, is) -> {
                        drawMarks();
                        if (is) {
                            revealNode(t);
                        }
                    });
                }
                runs.add(t);
                nodes.add(t);
            }
        }
        flow.getChildren().setAll(nodes);
        // Clicks are found by character, not by node: a Text that wraps over two lines has a bounding box
        // that covers its neighbours' words too.
        flow.setOnMouseClicked(e -> {
            Segment seg = segmentAt(e.getX(), e.getY());
            if (seg != null && seg.marked()) {
                onSelect.accept(seg, false);
            }
        });
        flow.setOnMouseMoved(e -> {
            Segment seg = segmentAt(e.getX(), e.getY());
            flow.setCursor(seg != null && seg.marked() ? Cursor.HAND : Cursor.DEFAULT);
        });
        scroll.setVvalue(0);
        flow.requestLayout();
    }

    /** The segment under a point of the text (in the flow's coordinates), or null between or after words. */
    public Segment segmentAt(double x, double y) {
        if (model == null || model.text().isEmpty()) {
            return null;
        }
        int ci = flow.hitTest(new Point2D(x, y)).getCharIndex();
        if (ci < 0 || ci >= model.text().length()) {
            return null;
        }
        Bounds box = new Path(flow.rangeShape(ci, ci + 1)).getLayoutBounds();
        if (!box.contains(x, y)) {
            return null;
        }
        List<Segment> segments = model.segments();
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Segment s = segments.get(mid);
            if (ci < s.start()) {
                hi = mid - 1;
            } else if (ci >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** Where a character of the text is, in screen coordinates (the middle of its box). */
    public Point2D screenPointOf(int charIndex) {
        Bounds box = new Path(flow.rangeShape(charIndex, charIndex + 1)).getLayoutBounds();
        return flow.localToScreen(box.getCenterX(), box.getCenterY());
    }

    /** Marks card's words as selected (or none for -1). */
    public void select(int card) {
        selected = card;
        for (Text t : runs) {
            Segment seg = (Segment) t.getUserData();
            boolean on = card >= 0 && seg.belongsTo(card);
            t.getStyleClass().remove("marked-selected");
            if (on) {
                t.getStyleClass().add("marked-selected");
            }
        }
        drawMarks();
    }

    /** The Text run that shows the first words of a card, or null. */
    public Text firstRunOf(int card) {
        for (Text t : runs) {
            if (((Segment) t.getUserData()).belongsTo(card)) {
                return t;
            }
        }
        return null;
    }

    /** Scrolls so that the card's first words are in view (a third of the way down), if they are not. */
    public void reveal(int card) {
        Text t = firstRunOf(card);
        if (t != null) {
            revealNode(t);
        }
    }

    private void revealNode(Text t) {
        scroll.applyCss();
        scroll.layout();
        Bounds b = content.sceneToLocal(t.localToScene(t.getBoundsInLocal()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (b == null || contentHeight <= viewHeight || viewHeight <= 0) {
            return;
        }
        double range = contentHeight - viewHeight;
        double top = scroll.getVvalue() * range;
        if (b.getMinY() >= top && b.getMaxY() <= top + viewHeight) {
            return;
        }
        double target = b.getMinY() - viewHeight / 3;
        scroll.setVvalue(Math.max(0, Math.min(1, target / range)));
    }

    /** Redraws the shading and the selection outline from the text's current layout. */
    private void drawMarks() {
        List<Node> shapes = new ArrayList<>();
        List<Node> outlines = new ArrayList<>();
        if (model != null) {
            double dx = flow.getLayoutX();
            double dy = flow.getLayoutY();
            List<Segment> segments = model.segments();
            for (int i = 0; i < segments.size() && i < runs.size(); i++) {
                Segment seg = segments.get(i);
                if (!seg.marked()) {
                    continue;
                }
                PathElement[] elements = flow.rangeShape(seg.start(), seg.end());
                Path shade = new Path(elements);
                shade.getStyleClass().addAll("mark",
                        "mark-" + model.cards().get(seg.cards().get(0)).severity().id());
                shade.setManaged(false);
                shade.setTranslateX(dx);
                shade.setTranslateY(dy);
                shapes.add(shade);
                if (runs.get(i).isFocused()) {
                    Path focus = new Path(flow.rangeShape(seg.start(), seg.end()));
                    focus.getStyleClass().add("mark-focused");
                    focus.setManaged(false);
                    focus.setTranslateX(dx);
                    focus.setTranslateY(dy);
                    outlines.add(focus);
                }
                if (selected >= 0 && seg.belongsTo(selected)) {
                    Path outline = new Path(flow.rangeShape(seg.start(), seg.end()));
                    outline.getStyleClass().add("mark-selected");
                    outline.setManaged(false);
                    outline.setTranslateX(dx);
                    outline.setTranslateY(dy);
                    outlines.add(outline);
                }
            }
        }
        shapes.addAll(outlines);
        marks.getChildren().setAll(shapes);
    }

    /** A TextFlow that redraws the marks whenever it lays its text out again (new width, new font size). */
    private final class MarkedFlow extends TextFlow {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            drawMarks();
        }
    }
}
