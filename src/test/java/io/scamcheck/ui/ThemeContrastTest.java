package io.scamcheck.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the two colour tables of the stylesheet (".root", the normal theme, and ".root.high-contrast") and
 * checks every text/background pair the window uses against WCAG 2.1 AA: 4.5:1 for text, 3:1 for lines and
 * shapes a person must see (focus ring, button edges, signs). A colour changed in the stylesheet that breaks
 * a pair fails here.
 */
class ThemeContrastTest {
    /** Text on background: [text, background]. */
    private static final List<String[]> TEXT = List.of(
            p("ink", "paper"), p("ink", "page"), p("soft-ink", "paper"), p("soft-ink", "page"),
            p("ink", "danger-soft"), p("ink", "warning-soft"), p("ink", "caution-soft"), p("ink", "info-soft"),
            p("soft-ink", "danger-soft"), p("soft-ink", "warning-soft"), p("soft-ink", "info-soft"),
            p("danger", "danger-soft"), p("warning", "warning-soft"), p("info", "info-soft"),
            p("danger", "paper"), p("warning", "paper"), p("caution", "paper"), p("info", "paper"),
            p("ink", "mark-danger"), p("ink", "mark-warning"), p("ink", "mark-caution"), p("ink", "mark-info"),
            p("on-primary", "primary"), p("on-primary", "primary-hover"), p("ink", "hover"),
            p("prompt", "paper"), p("ink", "selected-paper"), p("soft-ink", "selected-paper"),
            p("ink", "details-paper"), p("ink", "details-title"), p("paper", "ink"),
            p("on-sign", "stop-sign"), p("on-sign", "info-sign"), p("on-yellow-sign", "warning-sign"),
            p("on-yellow-sign", "caution-sign"), p("paid", "paid-soft"), p("paid", "paper"), p("ink", "paid-soft"));

    /** Lines and shapes on background: [line, background]. */
    private static final List<String[]> NON_TEXT = List.of(
            p("focus", "paper"), p("focus", "page"), p("focus", "danger-soft"), p("focus", "warning-soft"),
            p("focus", "info-soft"), p("focus", "paid-soft"), p("edge", "paper"), p("edge", "page"),
            p("danger", "danger-soft"), p("warning", "warning-soft"), p("info", "info-soft"), p("paid", "paper"),
            p("stop-sign", "paper"), p("stop-sign", "danger-soft"), p("info-sign", "paper"),
            p("warning-line", "paper"), p("caution-line", "paper"), p("line", "paper"), p("disabled", "paper"));

    private static String[] p(String fg, String bg) {
        return new String[]{fg, bg};
    }

    @Test
    void everyTextPairMeetsAaInBothThemes() throws IOException {
        for (Map<String, String> theme : List.of(normal(), highContrast())) {
            for (String[] pair : TEXT) {
                assertThat(ratio(theme, pair)).as("text %s on %s (%s on %s)", pair[0], pair[1],
                        theme.get(pair[0]), theme.get(pair[1])).isGreaterThanOrEqualTo(4.5);
            }
            for (String[] pair : NON_TEXT) {
                assertThat(ratio(theme, pair)).as("line %s on %s (%s on %s)", pair[0], pair[1],
                        theme.get(pair[0]), theme.get(pair[1])).isGreaterThanOrEqualTo(3.0);
            }
        }
    }

    @Test
    void highContrastGoesFurtherThanAaForTheMainText() throws IOException {
        Map<String, String> hc = highContrast();
        // AAA (7:1) for the body text, the message's marks and the answer's colours.
        for (String[] pair : List.of(p("ink", "paper"), p("soft-ink", "page"), p("danger", "danger-soft"),
                p("warning", "warning-soft"), p("info", "info-soft"), p("ink", "mark-danger"),
                p("ink", "mark-warning"), p("ink", "mark-caution"), p("ink", "mark-info"), p("focus", "paper"))) {
            assertThat(ratio(hc, pair)).as("%s on %s", pair[0], pair[1]).isGreaterThanOrEqualTo(7.0);
        }
    }

    @Test
    void theHighContrastTableNamesEveryColourOfTheNormalOne() throws IOException {
        assertThat(block(".root.high-contrast").keySet()).containsAll(block(".root").keySet());
    }

    @Test
    void theRulesUseNamedColoursOnly() throws IOException {
        // Outside the two tables a literal colour would not change with the theme.
        String css = css().replaceAll("(?s)\\.root(\\.high-contrast)? \\{.*?}", "");
        assertThat(Pattern.compile("#[0-9a-fA-F]{3,8}\\b").matcher(css).results().map(r -> r.group())
                .toList()).isEmpty();
    }

    @Test
    void theContrastFormulaGivesTheKnownValues() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#777777", "#ffffff")).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    }

    // --- reading the stylesheet ----------------------------------------------------------------------------

    private static Map<String, String> normal() throws IOException {
        return block(".root");
    }

    private static Map<String, String> highContrast() throws IOException {
        Map<String, String> theme = new LinkedHashMap<>(block(".root"));
        theme.putAll(block(".root.high-contrast"));
        return theme;
    }

    private static String css() throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream("scamcheck.css")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The "-sc-name: #rrggbb;" entries of the block with exactly this selector, keyed by name. */
    private static Map<String, String> block(String selector) throws IOException {
        String css = css();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selector) + " \\{([^}]*)}").matcher(css);
        assertThat(m.find()).as("block %s", selector).isTrue();
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher e = Pattern.compile("-sc-([a-z-]+):\\s*(#[0-9a-fA-F]{6});").matcher(m.group(1));
        while (e.find()) {
            colours.put(e.group(1), e.group(2));
        }
        return colours;
    }

    private static double ratio(Map<String, String> theme, String[] pair) {
        assertThat(theme).containsKeys(pair[0], pair[1]);
        return contrast(theme.get(pair[0]), theme.get(pair[1]));
    }

    /** WCAG 2.1 contrast ratio of two opaque colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff)
                + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
