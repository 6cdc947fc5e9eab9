package io.scamcheck.intake;

import io.scamcheck.model.Link;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text bodies: line ends made uniform, and web addresses typed in the text found as links. */
final class PlainText {
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"'()\\[\\]{}]+");

    private PlainText() {
    }

    static String clean(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            // NUL and other control characters (but tab and newline) would only confuse the display.
            if (c == '\n' || c == '\t' || c >= 0x20 && c != 0x7f) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Text sent as format=flowed (RFC 3676), joined as a mail program shows it: a line ending in a space
     * goes on with the next one (the space dropped too when delsp=yes), a space put before a line to protect
     * it is taken off, and quoted lines flow only into lines of the same quote depth.
     */
    static String unflow(String text, boolean delsp) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int previousDepth = -1;
        boolean joining = false;
        for (String raw : lines) {
            int depth = 0;
            while (depth < raw.length() && raw.charAt(depth) == '>') {
                depth++;
            }
            String line = raw.substring(depth);
            if (line.startsWith(" ")) {
                line = line.substring(1); // space-stuffing
            }
            if (joining && depth != previousDepth) {
                out.append('\n'); // a quote level change ends a flowed paragraph
                joining = false;
            }
            if (!joining) {
                out.append(">".repeat(depth));
                if (depth > 0 && !line.isEmpty()) {
                    out.append(' ');
                }
            }
            boolean soft = line.endsWith(" ") && !line.equals("-- ");
            if (soft && delsp) {
                line = line.substring(0, line.length() - 1);
            }
            out.append(line);
            if (!soft) {
                out.append('\n');
            }
            joining = soft;
            previousDepth = depth;
        }
        // The text ended: drop the newline added after its last line (the split gave one line too many).
        if (!text.endsWith("\n") && out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        } else if (text.endsWith("\n") && out.length() > 1 && out.charAt(out.length() - 1) == '\n'
                && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    static List<Link> links(String text) {
        List<Link> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String url = text.substring(m.start(), end);
            out.add(new Link(url, url, new Span(m.start(), end)));
        }
        return out;
    }
}
