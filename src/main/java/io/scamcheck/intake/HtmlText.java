package io.scamcheck.intake;

import io.scamcheck.model.Link;
import io.scamcheck.model.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An HTML body turned into the text a reader sees, with every link's shown words, real target and span.
 * Scripts, styles and the head are dropped; images show their alt text; block elements start new lines.
 */
final class HtmlText {
    private static final Set<String> SKIP = Set.of("script", "style", "head", "title", "noscript", "template",
            "svg", "object", "iframe", "meta", "link");
    private static final Set<String> BLOCK = Set.of("p", "div", "table", "tr", "ul", "ol", "li", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer", "form",
            "center", "hr", "dl", "dt", "dd", "address", "main", "nav", "aside", "tbody", "thead", "tfoot",
            "fieldset", "figure", "figcaption", "caption", "body", "html");

    /** The result: the text and its links, spans relative to this text. */
    record Result(String text, List<Link> links) {
    }

    private final StringBuilder out = new StringBuilder();
    private final List<Link> links = new ArrayList<>();

    private HtmlText() {
    }

    static Result convert(String html) {
        Document doc = Jsoup.parse(html);
        HtmlText h = new HtmlText();
        h.walk(doc);
        return h.finish();
    }

    private void walk(Node node) {
        if (node instanceof TextNode t) {
            appendText(t.getWholeText(), isPre(node));
            return;
        }
        if (!(node instanceof Element e)) {
            for (Node c : node.childNodes()) {
                walk(c);
            }
            return;
        }
        String tag = e.normalName();
        if (SKIP.contains(tag)) {
            return;
        }
        switch (tag) {
            case "br" -> {
                newline();
                return;
            }
            case "img" -> {
                String alt = e.attr("alt").strip();
                if (!alt.isEmpty()) {
                    appendText(" " + alt + " ", false);
                }
                return;
            }
            case "td", "th" -> appendText(" ", false);
            default -> {
            }
        }
        boolean block = BLOCK.contains(tag);
        if (block) {
            blockBreak(tag.equals("p") || tag.startsWith("h") && tag.length() == 2);
        }
        int start = out.length();
        for (Node c : e.childNodes()) {
            walk(c);
        }
        if (tag.equals("a") && e.hasAttr("href")) {
            addLink(e.attr("href").strip(), start);
        }
        if (block) {
            blockBreak(tag.equals("p") || tag.startsWith("h") && tag.length() == 2);
        }
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
    }

    private static boolean isPre(Node node) {
        for (Node p = node.parent(); p != null; p = p.parent()) {
            if (p instanceof Element el && el.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    private void appendText(String raw, boolean pre) {
        if (pre) {
            out.append(raw.replace("\r\n", "\n").replace('\u00a0', ' '));
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
            } else if (c >= 0x20 || c == '\t') {
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

    private void trimTrailingSpaces() {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        // Never cut inside a link's span already recorded.
        int minLen = links.isEmpty() ? 0 : links.get(links.size() - 1).span().end();
        out.setLength(Math.max(len, Math.min(out.length(), minLen)));
    }

    private Result finish() {
        trimTrailingSpaces();
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        int minLen = links.isEmpty() ? 0 : links.get(links.size() - 1).span().end();
        out.setLength(Math.max(end, minLen));
        return new Result(out.toString(), List.copyOf(links));
    }
}
