package io.scamcheck.ui;

import io.scamcheck.detect.Severity;
import io.scamcheck.verdict.Verdict;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Small drawn signs that go with colour, so that colour is never the only signal: a stop sign for a strong
 * sign of a scam, a warning triangle, a round "i" for a note. Shapes and colours are in the stylesheet; the
 * size is in em, so the signs grow with the text.
 */
public final class Glyphs {
    private Glyphs() {
    }

    public static StackPane forVerdict(Verdict v, String accessibleText) {
        return switch (v) {
            case LIKELY_SCAM -> glyph("glyph-stop", "!", accessibleText);
            case SUSPICIOUS -> glyph("glyph-warn", "!", accessibleText);
            case NO_SIGNS_FOUND -> glyph("glyph-info", "i", accessibleText);
        };
    }

    public static StackPane forSeverity(Severity s, String accessibleText) {
        return switch (s) {
            case DANGER -> glyph("glyph-stop", "!", accessibleText);
            case WARNING -> glyph("glyph-warn", "!", accessibleText);
            case CAUTION -> glyph("glyph-caution", "?", accessibleText);
            case INFO -> glyph("glyph-info", "i", accessibleText);
        };
    }

    public static StackPane error(String accessibleText) {
        return glyph("glyph-warn", "!", accessibleText);
    }

    private static StackPane glyph(String kind, String symbol, String accessibleText) {
        Region shape = new Region();
        shape.getStyleClass().add("glyph-shape");
        Label mark = new Label(symbol);
        mark.getStyleClass().add("glyph-symbol");
        mark.setMouseTransparent(true);
        StackPane pane = new StackPane(shape, mark);
        pane.getStyleClass().addAll("glyph", kind);
        pane.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        pane.setAccessibleText(accessibleText);
        pane.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        pane.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return pane;
    }
}
