package io.scamcheck.intake;

import io.scamcheck.model.HiddenText;
import io.scamcheck.model.Link;
import io.scamcheck.model.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML body turned into the text a reader sees, with every link's shown words, real target and span.
 * Scripts, styles and the head are dropped; images show their alt text; block elements start new lines.
 * Text a reader cannot see (hidden by styles, zero size, coloured like its background, pushed off screen) is
 * left out of the text and reported as {@link HiddenText} when it carries words. The walk is iterative, so
 * deeply nested HTML cannot exhaust the stack, and it stops when the time {@link Budget} runs out.
 */
final class HtmlText {
    private static final Set<String> SKIP = Set.of("script", "style", "head", "title", "noscript", "template",
            "svg", "object", "iframe", "meta", "link", "select", "textarea", "audio", "video", "canvas", "map",
            "xml", "frameset", "applet", "embed", "math");
    private static final Set<String> BLOCK = Set.of("p", "div", "table", "tr", "ul", "ol", "li", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer", "form",
            "center", "hr", "dl", "dt", "dd", "address", "main", "nav", "aside", "tbody", "thead", "tfoot",
            "fieldset", "figure", "figcaption", "caption", "body", "html", "details", "summary", "legend");
    private static final Set<String> PARAGRAPH = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "table", "ul", "ol", "pre", "hr");
    private static final Pattern DECL = Pattern.compile("([a-zA-Z-]+)\\s*:\\s*([^;]*)");
    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})");
    private static final Pattern TRANSPARENT_RGBA = Pattern.compile("rgba\\([^)]*,\\s*0(\\.0+)?\\s*\\)");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{3}|[0-9a-f]{6}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SIMPLE_SELECTOR = Pattern.compile("^([a-z][a-z0-9]*)?((?:[.#][A-Za-z0-9_-]+)?)$");
    private static final Pattern LENGTH = Pattern.compile("^\\s*(-?[0-9]*\\.?[0-9]+)\\s*(px|pt|em|rem|%|ex|ch|vw|vh|cm|mm|in|pc)?\\s*(?:!important)?\\s*$");
    private static final Map<String, int[]> NAMED = Map.ofEntries(
            Map.entry("white", new int[] {255, 255, 255}), Map.entry("black", new int[] {0, 0, 0}),
            Map.entry("red", new int[] {255, 0, 0}), Map.entry("green", new int[] {0, 128, 0}),
            Map.entry("blue", new int[] {0, 0, 255}), Map.entry("yellow", new int[] {255, 255, 0}),
            Map.entry("gray", new int[] {128, 128, 128}), Map.entry("grey", new int[] {128, 128, 128}),
            Map.entry("silver", new int[] {192, 192, 192}), Map.entry("whitesmoke", new int[] {245, 245, 245}),
            Map.entry("snow", new int[] {255, 250, 250}), Map.entry("ivory", new int[] {255, 255, 240}),
            Map.entry("navy", new int[] {0, 0, 128}), Map.entry("orange", new int[] {255, 165, 0}));
    private static final int[] WHITE = {255, 255, 255};
    private static final int[] BLACK = {0, 0, 0};
    private static final int[] UNKNOWN = {-1000, -1000, -1000};
    private static final Pattern FONT_SIZE_DECL = Pattern.compile("font-size\\s*:[^;]{0,200};?");

    /** The result: the text, its links and its hidden words, spans relative to this text. */
    record Result(String text, List<Link> links, List<HiddenText> hidden) {
    }

    /** Styles of the element being walked, inherited by what is inside it. */
    private record State(int[] color, int[] background, boolean backgroundImage, boolean pre, int linkStart,
            boolean tiny) {
        State withTiny(boolean t) {
            return t == tiny ? this : new State(color, background, backgroundImage, pre, linkStart, t);
        }
    }

    private final StringBuilder out = new StringBuilder();
    private final List<Link> links = new ArrayList<>();
    private final List<HiddenText> hidden = new ArrayList<>();
    private final Deque<State> states = new ArrayDeque<>();
    private final Set<String> hiddenClasses = new HashSet<>();
    private final Set<String> hiddenIds = new HashSet<>();
    /**
     * Classes, ids and tags whose style rules paint a background, with its colour ({@link #UNKNOWN} when it
     * is a picture or a colour not understood: text on it is never called "same colour as the background").
     */
    private final Map<String, int[]> paintedClasses = new HashMap<>();
    private final Map<String, int[]> paintedIds = new HashMap<>();
    private final Map<String, int[]> paintedTags = new HashMap<>();
    /** A style rule with a selector too complex to follow paints a background somewhere. */
    private boolean paintedByOtherRules;
    private final Budget budget;
    /** The text up to here holds the words of a link, so trimming never cuts before it. */
    private int keptLinkEnd;

    private HtmlText(Budget budget) {
        this.budget = budget;
    }

    static Result convert(String html) {
        return convert(html, new Budget(Limits.STANDARD));
    }

    static Result convert(String html, Budget budget) {
        Document doc = Jsoup.parse(HtmlDepth.flatten(html));
        HtmlText h = new HtmlText(budget);
        h.readStyleSheets(doc);
        h.states.push(new State(BLACK, WHITE, false, false, -1, false));
        NodeTraversor.filter(h.new Walker(), doc);
        return h.finish();
    }

    /**
     * Rules in style blocks that hide a class or an id ({@code .x {display:none}}), the simple common case.
     * Read in one pass (no regular expression over the sheet), since sheets can hold huge inline images.
     */
    private void readStyleSheets(Document doc) {
        for (Element style : doc.select("style")) {
            String css = style.data();
            int from = 0;
            int rules = 0;
            // Rules inside "@media (max-width: ...)" and the like apply only on some screens: responsive mail
            // hides its phone copy on a computer and its computer copy on a phone, and reading both as
            // "always hidden" would drop every word. Such rules never hide text here; @media blocks with no
            // size condition ("screen", "all") still do.
            int mediaDepth = 0;
            int conditionalDepth = 0;
            while (from < css.length() && rules++ < 5000) {
                budget.check();
                int open = css.indexOf('{', from);
                if (open < 0) {
                    break;
                }
                int close = css.indexOf('}', open);
                if (close < 0) {
                    break;
                }
                int nested = css.indexOf('{', open + 1);
                if (nested >= 0 && nested < close) {
                    // an @media block: read the rules inside it
                    String at = css.substring(Math.max(from, open - 300), open).toLowerCase(Locale.ROOT);
                    mediaDepth++;
                    if (conditionalDepth == 0 && isConditionalMedia(at)) {
                        conditionalDepth = mediaDepth;
                    }
                    from = open + 1;
                    continue;
                }
                String selectors = css.substring(Math.max(from, open - 500), open);
                int lastEnd = Math.max(selectors.lastIndexOf('}'), selectors.lastIndexOf(';'));
                selectors = selectors.substring(lastEnd + 1);
                String decls = close - open < 2000 ? css.substring(open + 1, close).toLowerCase(Locale.ROOT) : "";
                boolean hides = conditionalDepth == 0 && hidingReason(decls) != null;
                boolean paints = decls.contains("background");
                int[] paint = paints ? backgroundOf(decls) : null;
                if (hides || paints) {
                    for (String sel : selectors.split(",")) {
                        String one = sel.strip();
                        Matcher s = SIMPLE_SELECTOR.matcher(one);
                        if (s.matches() && !s.group(2).isEmpty()) {
                            String name = s.group(2).substring(1);
                            boolean cls = s.group(2).charAt(0) == '.';
                            if (hides) {
                                (cls ? hiddenClasses : hiddenIds).add(name);
                            }
                            if (paints) {
                                (cls ? paintedClasses : paintedIds).put(name, paint);
                            }
                        } else if (paints && s.matches() && s.group(1) != null) {
                            paintedTags.put(s.group(1), paint);
                        } else if (paints) {
                            paintedByOtherRules = true;
                        }
                    }
                }
                from = close + 1;
                // the ends of @media blocks that close right after this rule
                while (mediaDepth > 0) {
                    int next = from;
                    while (next < css.length() && Character.isWhitespace(css.charAt(next))) {
                        next++;
                    }
                    if (next >= css.length() || css.charAt(next) != '}') {
                        break;
                    }
                    if (conditionalDepth == mediaDepth) {
                        conditionalDepth = 0;
                    }
                    mediaDepth--;
                    from = next + 1;
                }
            }
        }
    }

    /** An at-rule that applies only on some screens or media: a size, an orientation, print. */
    private static boolean isConditionalMedia(String prelude) {
        int at = prelude.lastIndexOf("@media");
        if (at < 0) {
            return prelude.contains("@supports") || prelude.contains("@container");
        }
        String cond = prelude.substring(at);
        return cond.contains("width") || cond.contains("height") || cond.contains("print")
                || cond.contains("orientation") || cond.contains("aspect-ratio") || cond.contains("resolution")
                || cond.contains("speech") || cond.contains("not ");
    }

    private final class Walker implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            budget.check();
            if (node instanceof TextNode t) {
                text(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return node instanceof Document ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            if (SKIP.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            State parent = states.peek();
            String style = e.hasAttr("style") ? e.attr("style").toLowerCase(Locale.ROOT) : "";
            String reason = hidingReason(style);
            if (reason == null && e.hasAttr("hidden")) {
                reason = "hidden-attribute";
            }
            if (reason == null && (!hiddenClasses.isEmpty() && e.classNames().stream().anyMatch(hiddenClasses::contains)
                    || !hiddenIds.isEmpty() && hiddenIds.contains(e.id()))) {
                reason = "display-none";
            }
            if (reason == null && tag.equals("input") && e.attr("type").equalsIgnoreCase("hidden")) {
                return FilterResult.SKIP_ENTIRELY;
            }
            boolean zeroFont = false;
            if ("zero-size".equals(reason) && hidingReason(FONT_SIZE_DECL.matcher(style).replaceAll("")) == null
                    && !e.select("[style*=font-size], font[size]").isEmpty()) {
                // "font-size: 0" on a table cell only kills the gaps between boxes when the words inside set
                // their own size, as mail layouts do: only words left at size zero are hidden.
                reason = null;
                zeroFont = true;
            }
            if (reason != null) {
                hide(e.text(), reason);
                return FilterResult.SKIP_ENTIRELY;
            }
            State state = inherit(parent, e, style, tag);
            if (zeroFont) {
                state = state.withTiny(true);
            } else if (state.tiny && (style.contains("font-size") || tag.equals("font") && e.hasAttr("size"))) {
                state = state.withTiny(false);
            }
            state = paintedByRules(state, e, tag);
            switch (tag) {
                case "br" -> {
                    newline();
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "img" -> {
                    String alt = e.attr("alt").strip();
                    if (!alt.isEmpty()) {
                        inline(" " + alt + " ", state);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "input" -> {
                    String type = e.attr("type").toLowerCase(Locale.ROOT);
                    if (type.equals("submit") || type.equals("button")) {
                        inline(" " + e.attr("value") + " ", state);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "td", "th" -> appendText(" ", false);
                default -> {
                }
            }
            if (BLOCK.contains(tag)) {
                blockBreak(PARAGRAPH.contains(tag));
            }
            states.push(tag.equals("a") ? new State(state.color, state.background, state.backgroundImage,
                    state.pre, out.length(), state.tiny) : state);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            State state = states.pop();
            String tag = e.normalName();
            if (tag.equals("a") && e.hasAttr("href")) {
                addLink(e.attr("href").strip(), state.linkStart);
            }
            if (BLOCK.contains(tag)) {
                blockBreak(PARAGRAPH.contains(tag));
            }
            return FilterResult.CONTINUE;
        }
    }

    private void text(String raw) {
        State s = states.peek();
        if (s.tiny) {
            hide(raw, "zero-size");
            return;
        }
        inline(raw, s);
    }

    /** Text in an element: shown, or kept as hidden words when it is coloured like its background. */
    private void inline(String raw, State s) {
        if (!s.backgroundImage && close(s.color, s.background) && hasWords(raw)) {
            hide(raw, "same-color");
            return;
        }
        appendText(raw, s.pre);
    }

    private static boolean hasWords(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private void hide(String text, String reason) {
        String t = SPACES.matcher(text).replaceAll(" ").strip();
        if (!hasWords(t)) {
            return;
        }
        if (t.length() > 2000) {
            t = t.substring(0, 2000);
        }
        int at = out.length();
        HiddenText last = hidden.isEmpty() ? null : hidden.get(hidden.size() - 1);
        if (last != null && last.at().start() == at && last.reason().equals(reason) && last.text().length() < 2000) {
            hidden.set(hidden.size() - 1, new HiddenText(last.text() + " " + t, reason, last.at()));
            return;
        }
        hidden.add(new HiddenText(t, reason, new Span(at, at)));
    }

    /** The background a style rule gives an element, applied under the element's own inline style. */
    private State paintedByRules(State state, Element e, String tag) {
        if (state.backgroundImage) {
            return state;
        }
        int[] paint = paintedTags.get(tag);
        if (!paintedIds.isEmpty() && paintedIds.containsKey(e.id())) {
            paint = paintedIds.get(e.id());
        }
        if (!paintedClasses.isEmpty()) {
            for (String c : e.classNames()) {
                if (paintedClasses.containsKey(c)) {
                    paint = paintedClasses.get(c);
                }
            }
        }
        if (paint == null && !paintedByOtherRules) {
            return state;
        }
        if (paint == null || paint == UNKNOWN || e.hasAttr("bgcolor") || e.attr("style").contains("background")) {
            // A rule we cannot follow, or an inline colour that may or may not win over it: do not guess.
            return new State(state.color, state.background, true, state.pre, state.linkStart, state.tiny);
        }
        return new State(state.color, paint, false, state.pre, state.linkStart, state.tiny);
    }

    /** The colour a rule's declarations paint the background with, or {@link #UNKNOWN}. */
    private static int[] backgroundOf(String decls) {
        Matcher m = DECL.matcher(decls);
        int[] found = UNKNOWN;
        int n = 0;
        while (m.find() && n++ < 100) {
            String prop = m.group(1);
            String value = m.group(2).replace("!important", "").strip();
            if (prop.equals("background-image") && !value.equals("none") || value.contains("url(")
                    || value.contains("gradient")) {
                return UNKNOWN;
            }
            if (prop.equals("background-color") || prop.equals("background")) {
                int[] c = parseColor(SPACES.split(value, 2)[0]);
                found = c == null ? UNKNOWN : c;
            }
        }
        return found;
    }

    /** Why an inline style hides its element's text, or null when it does not. */
    static String hidingReason(String style) {
        if (style == null || style.isBlank()) {
            return null;
        }
        Matcher m = DECL.matcher(style);
        boolean overflowHidden = false;
        boolean zeroBox = false;
        boolean absolute = false;
        boolean farAway = false;
        int n = 0;
        while (m.find() && n++ < 100) {
            String prop = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2).strip().toLowerCase(Locale.ROOT).replace("!important", "").strip();
            switch (prop) {
                case "display" -> {
                    if (value.equals("none")) {
                        return "display-none";
                    }
                }
                case "visibility" -> {
                    if (value.equals("hidden") || value.equals("collapse")) {
                        return "visibility-hidden";
                    }
                }
                case "font-size" -> {
                    Double px = pixels(value);
                    if (px != null && px < 1.5) {
                        return "zero-size";
                    }
                }
                case "opacity" -> {
                    try {
                        if (Double.parseDouble(value.replace("%", "")) <= 0.02) {
                            return "transparent";
                        }
                    } catch (NumberFormatException e) {
                        // not a number: ignored, as a browser would
                    }
                }
                case "color" -> {
                    if (value.equals("transparent") || TRANSPARENT_RGBA.matcher(value).matches()) {
                        return "transparent";
                    }
                }
                case "height", "max-height", "width", "max-width" -> {
                    Double px = pixels(value);
                    if (px != null && px < 1.5) {
                        zeroBox = true;
                    }
                }
                case "overflow" -> overflowHidden = value.equals("hidden") || value.equals("clip");
                case "position" -> absolute = value.equals("absolute") || value.equals("fixed");
                case "left", "top", "text-indent", "margin-left", "margin-top" -> {
                    Double px = pixels(value);
                    if (px != null && px <= -500) {
                        if (prop.equals("text-indent") || prop.startsWith("margin")) {
                            return "offscreen";
                        }
                        farAway = true;
                    }
                }
                case "clip" -> {
                    if (value.replace(" ", "").startsWith("rect(0,0,0,0") || value.replace(" ", "").startsWith("rect(0px,0px,0px,0px")) {
                        return "zero-size";
                    }
                }
                default -> {
                }
            }
        }
        if (zeroBox && overflowHidden) {
            return "zero-size";
        }
        if (absolute && farAway) {
            return "offscreen";
        }
        return null;
    }

    /** A CSS length in pixels, roughly (em counted as 16 px, % of 16 px); null when it is not a length. */
    private static Double pixels(String value) {
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) {
            return null;
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2);
        return switch (unit) {
            case "pt" -> v * 4 / 3;
            case "em", "rem" -> v * 16;
            case "%" -> v * 16 / 100;
            case "ex", "ch" -> v * 8;
            case "cm" -> v * 37.8;
            case "mm" -> v * 3.78;
            case "in" -> v * 96;
            case "pc" -> v * 16;
            default -> v;
        };
    }

    private static State inherit(State parent, Element e, String style, String tag) {
        int[] color = parent.color;
        int[] background = parent.background;
        boolean image = parent.backgroundImage;
        if (tag.equals("font") && e.hasAttr("color")) {
            int[] c = parseColor(e.attr("color"));
            color = c == null ? color : c;
        }
        if (e.hasAttr("bgcolor")) {
            int[] c = parseColor(e.attr("bgcolor"));
            background = c == null ? background : c;
        }
        if (e.hasAttr("background")) {
            image = true;
        }
        if (!style.isEmpty()) {
            Matcher m = DECL.matcher(style);
            int n = 0;
            while (m.find() && n++ < 100) {
                String prop = m.group(1);
                String value = m.group(2).replace("!important", "").strip();
                if (prop.equals("color")) {
                    int[] c = parseColor(value);
                    color = c == null ? color : c;
                } else if (prop.equals("background-color")) {
                    int[] c = parseColor(value);
                    background = c == null ? background : c;
                } else if (prop.equals("background")) {
                    if (value.contains("url(") || value.contains("gradient")) {
                        image = true;
                    }
                    int[] c = parseColor(SPACES.split(value.strip(), 2)[0]);
                    background = c == null ? background : c;
                } else if (prop.equals("background-image") && !value.equals("none")) {
                    image = true;
                }
            }
        }
        return new State(color, background, image, parent.pre || tag.equals("pre"), -1, parent.tiny);
    }

    static int[] parseColor(String raw) {
        String v = raw.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("#")) {
            v = v.substring(1);
        }
        boolean hex = (v.length() == 6 || v.length() == 3) && HEX.matcher(v).matches();
        if (hex && v.length() == 6) {
            return new int[] {Integer.parseInt(v.substring(0, 2), 16), Integer.parseInt(v.substring(2, 4), 16),
                Integer.parseInt(v.substring(4, 6), 16)};
        }
        if (hex) {
            return new int[] {17 * Character.digit(v.charAt(0), 16), 17 * Character.digit(v.charAt(1), 16),
                17 * Character.digit(v.charAt(2), 16)};
        }
        Matcher m = RGB.matcher(v);
        if (m.lookingAt()) {
            return new int[] {Math.min(255, Integer.parseInt(m.group(1))), Math.min(255, Integer.parseInt(m.group(2))),
                Math.min(255, Integer.parseInt(m.group(3)))};
        }
        return NAMED.get(v);
    }

    private static boolean close(int[] a, int[] b) {
        return Math.abs(a[0] - b[0]) <= 8 && Math.abs(a[1] - b[1]) <= 8 && Math.abs(a[2] - b[2]) <= 8;
    }

    private void addLink(String href, int start) {
        int s = start;
        int end = out.length();
        while (s < end && Character.isWhitespace(out.charAt(s))) {
            s++;
        }
        while (end > s && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        if (href.isEmpty() || href.startsWith("#")) {
            return;
        }
        String lower = href.toLowerCase(Locale.ROOT);
        if (lower.startsWith("javascript:")) {
            href = "javascript:";
        }
        links.add(new Link(out.substring(s, end), href, new Span(s, end)));
        if (end > s) {
            keptLinkEnd = Math.max(keptLinkEnd, end);
        }
    }

    private void appendText(String raw, boolean pre) {
        if (pre) {
            String t = raw.replace("\r\n", "\n").replace('\u00a0', ' ');
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\n' || c == '\t' || c >= 0x20 && c != 0x7f) {
                    out.append(c);
                }
            }
            return;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u00a0') {
                c = ' ';
            }
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && !endsWithSpace()) {
                    out.append(' ');
                }
            } else if (c >= 0x20 && c != 0x7f) {
                out.append(c);
            }
        }
    }

    private boolean endsWithSpace() {
        char last = out.charAt(out.length() - 1);
        return last == ' ' || last == '\n';
    }

    private void newline() {
        trimTrailingSpaces();
        out.append('\n');
    }

    private void blockBreak(boolean paragraph) {
        trimTrailingSpaces();
        if (out.length() == 0) {
            return;
        }
        int want = paragraph ? 2 : 1;
        int have = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n' && have < 2; i--) {
            have++;
        }
        for (int i = have; i < want; i++) {
            out.append('\n');
        }
    }

    /** Drops spaces at the end of the text, never inside a recorded link. */
    private void trimTrailingSpaces() {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.setLength(Math.max(len, keepAtLeast()));
        clampHidden();
    }

    /** Hidden words sit at a place in the text; when trailing spaces go, that place moves back with them. */
    private void clampHidden() {
        for (int i = hidden.size() - 1; i >= 0 && hidden.get(i).at().start() > out.length(); i--) {
            HiddenText h = hidden.get(i);
            hidden.set(i, new HiddenText(h.text(), h.reason(), new Span(out.length(), out.length())));
        }
    }

    /** A link with no words (an image without alt text) sits at a place, like hidden words. */
    private void clampEmptyLinks() {
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            if (l.span().start() > out.length()) {
                links.set(i, new Link("", l.target(), new Span(out.length(), out.length())));
            }
        }
    }

    private int keepAtLeast() {
        int min = keptLinkEnd;
        for (State s : states) {
            if (s.linkStart >= 0) {
                min = Math.max(min, Math.min(out.length(), s.linkStart));
            }
        }
        return Math.min(min, out.length());
    }

    private Result finish() {
        trimTrailingSpaces();
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(Math.max(end, keepAtLeast()));
        clampHidden();
        clampEmptyLinks();
        return new Result(out.toString(), List.copyOf(links), List.copyOf(hidden));
    }
}
