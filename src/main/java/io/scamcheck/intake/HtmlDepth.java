package io.scamcheck.intake;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hostile HTML nests elements thousands deep, which makes any HTML parser slow (each new element looks
 * through the open ones). Before parsing, tags past {@link #MAX_DEPTH} open elements are dropped in one
 * linear pass; their text stays, and links are always kept, so nothing a reader could see is lost. Mail never nests this deep.
 */
final class HtmlDepth {
    static final int MAX_DEPTH = 400;
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen");
    private static final Set<String> RAW = Set.of("script", "style", "textarea", "title", "xmp", "plaintext");

    private HtmlDepth() {
    }

    static String flatten(String html) {
        int lt = 0;
        for (int i = html.indexOf('<'); i >= 0 && lt <= 2 * MAX_DEPTH; i = html.indexOf('<', i + 1)) {
            lt++;
        }
        if (lt <= 2 * MAX_DEPTH) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        Map<String, Integer> dropped = new HashMap<>();
        int depth = 0;
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                // the text up to the next tag, copied at once
                int nextTag = html.indexOf('<', i);
                int stop = nextTag < 0 ? n : nextTag;
                out.append(html, i, stop);
                i = stop;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                end = end < 0 ? n : end + 3;
                out.append(html, i, end);
                i = end;
                continue;
            }
            boolean closing = i + 1 < n && html.charAt(i + 1) == '/';
            int nameStart = i + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < n && Character.isLetterOrDigit(html.charAt(nameEnd)) && nameEnd - nameStart < 20) {
                nameEnd++;
            }
            if (nameEnd == nameStart || !Character.isLetter(html.charAt(nameStart))) {
                out.append(c);
                i++;
                continue;
            }
            int close = html.indexOf('>', nameEnd);
            int tagEnd = close < 0 ? n : close + 1;
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            boolean selfClosing = close > 0 && html.charAt(close - 1) == '/';
            if (!closing && RAW.contains(name)) {
                // Copy the raw text element whole: its content is not markup.
                int end = indexOfIgnoreCase(html, "</" + name, tagEnd);
                end = end < 0 ? n : end;
                out.append(html, i, end);
                i = end;
                continue;
            }
            if (VOID.contains(name) || selfClosing || name.equals("a")) {
                // Links are always kept (a new one closes the one before, so they never nest deep).
                out.append(html, i, tagEnd);
            } else if (closing) {
                Integer d = dropped.get(name);
                if (d != null && d > 0) {
                    dropped.put(name, d - 1);
                } else {
                    depth = Math.max(0, depth - 1);
                    out.append(html, i, tagEnd);
                }
            } else if (depth >= MAX_DEPTH) {
                dropped.merge(name, 1, Integer::sum);
                out.append(' ');
            } else {
                depth++;
                out.append(html, i, tagEnd);
            }
            i = tagEnd;
        }
        return out.toString();
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i + what.length() <= s.length(); i++) {
            if (s.charAt(i) == '<' && s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }
}
