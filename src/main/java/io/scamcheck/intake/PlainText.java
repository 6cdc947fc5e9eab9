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
