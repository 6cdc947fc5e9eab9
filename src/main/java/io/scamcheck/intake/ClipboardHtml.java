package io.scamcheck.intake;

/**
 * The HTML a clipboard holds. On Windows the HTML flavour ("CF_HTML") starts with a description
 * ({@code Version:0.9 StartHTML:... StartFragment:...}) and marks the copied part with
 * {@code <!--StartFragment-->} and {@code <!--EndFragment-->}; other systems hold plain HTML. Either way this
 * returns the HTML of what the person copied.
 */
final class ClipboardHtml {
    private static final String START = "<!--StartFragment-->";
    private static final String END = "<!--EndFragment-->";

    private ClipboardHtml() {
    }

    static String fragment(String clip) {
        String s = clip;
        if (s.startsWith("Version:")) {
            int html = s.indexOf('<');
            s = html < 0 ? "" : s.substring(html);
        }
        int start = s.indexOf(START);
        int end = s.lastIndexOf(END);
        if (start >= 0 && end > start) {
            return s.substring(start + START.length(), end);
        }
        return s;
    }
}
