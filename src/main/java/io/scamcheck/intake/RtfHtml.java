package io.scamcheck.intake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The HTML that Outlook keeps inside an RTF body ("\fromhtml1", as [MS-OXRTFEX] describes it): the markup
 * sits in {\*\htmltag ...} groups, the text between them is the page's text, and parts marked with
 * \htmlrtf ... \htmlrtf0 exist only for RTF readers and are left out. Outlook .msg files of mail that
 * arrived as HTML often keep only this, so reading it keeps the real link targets.
 */
final class RtfHtml {
    private static final int MAX_GROUP_DEPTH = 1000;

    private RtfHtml() {
    }

    /** The HTML inside an RTF body, or null when the RTF was not made from HTML. */
    static String fromRtf(String rtf, Budget budget) {
        if (rtf == null || !rtf.contains("\\fromhtml")) {
            return null;
        }
        Charset codepage = Charsets.WINDOWS_1252;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(); // pending \'hh bytes
        StringBuilder out = new StringBuilder(rtf.length() / 2);
        Deque<boolean[]> groups = new ArrayDeque<>(); // {skip, htmltag, suppressed}, as RTF scopes them
        boolean skip = false;
        boolean htmltag = false;
        boolean suppressed = false; // inside \htmlrtf ... \htmlrtf0
        int ucSkip = 1;
        int i = 0;
        int n = rtf.length();
        boolean groupStart = false;
        while (i < n) {
            budget.check();
            char c = rtf.charAt(i);
            if (c == '{') {
                flush(bytes, out, codepage);
                if (groups.size() >= MAX_GROUP_DEPTH) {
                    return null;
                }
                groups.push(new boolean[] {skip, htmltag, suppressed});
                groupStart = true;
                i++;
                continue;
            }
            if (c == '}') {
                flush(bytes, out, codepage);
                if (!groups.isEmpty()) {
                    boolean[] g = groups.pop();
                    skip = g[0];
                    htmltag = g[1];
                    suppressed = g[2];
                }
                groupStart = false;
                i++;
                continue;
            }
            boolean emit = !skip && (htmltag || !suppressed);
            if (c == '\\' && i + 1 < n) {
                char d = rtf.charAt(i + 1);
                if (d == '\\' || d == '{' || d == '}') {
                    if (emit) {
                        flush(bytes, out, codepage);
                        out.append(d);
                    }
                    i += 2;
                    groupStart = false;
                    continue;
                }
                if (d == '\'') {
                    if (i + 3 < n) {
                        int hi = Character.digit(rtf.charAt(i + 2), 16);
                        int lo = Character.digit(rtf.charAt(i + 3), 16);
                        if (emit && hi >= 0 && lo >= 0) {
                            bytes.write(hi * 16 + lo);
                        }
                    }
                    i += 4;
                    groupStart = false;
                    continue;
                }
                if (d == '*') {
                    // {\* ...}: a destination to ignore, unless it is \htmltag (checked by the next word)
                    i += 2;
                    if (groupStart) {
                        int j = i;
                        while (j < n && (rtf.charAt(j) == ' ' || rtf.charAt(j) == '\r' || rtf.charAt(j) == '\n')) {
                            j++;
                        }
                        if (rtf.startsWith("\\htmltag", j)) {
                            htmltag = true;
                        } else {
                            skip = true;
                        }
                    }
                    groupStart = false;
                    continue;
                }
                if (!Character.isLetter(d)) {
                    // \~ (no-break space), \- (optional hyphen), \_ and the like
                    if (emit && d == '~') {
                        flush(bytes, out, codepage);
                        out.append('\u00a0');
                    }
                    i += 2;
                    groupStart = false;
                    continue;
                }
                int j = i + 1;
                while (j < n && Character.isLetter(rtf.charAt(j)) && j - i < 40) {
                    j++;
                }
                String word = rtf.substring(i + 1, j);
                int k = j;
                if (k < n && (rtf.charAt(k) == '-' || Character.isDigit(rtf.charAt(k)))) {
                    k++;
                    while (k < n && Character.isDigit(rtf.charAt(k)) && k - j < 11) {
                        k++;
                    }
                }
                String param = rtf.substring(j, k);
                if (k < n && rtf.charAt(k) == ' ') {
                    k++; // the space ending a control word belongs to it
                }
                i = k;
                boolean first = groupStart;
                groupStart = false;
                switch (word) {
                    case "htmlrtf" -> suppressed = !param.equals("0");
                    case "htmltag", "mhtmltag" -> {
                        if (word.equals("mhtmltag")) {
                            skip = true;
                        }
                    }
                    case "ansicpg" -> codepage = codepage(param, codepage);
                    case "uc" -> ucSkip = parse(param, 1);
                    case "u" -> {
                        if (emit) {
                            flush(bytes, out, codepage);
                            int cp = parse(param, '?');
                            out.append((char) (cp < 0 ? cp + 65536 : cp));
                        }
                        i = skipFallback(rtf, i, ucSkip);
                    }
                    case "par", "line" -> {
                        if (emit) {
                            flush(bytes, out, codepage);
                            out.append("\r\n");
                        }
                    }
                    case "tab" -> {
                        if (emit) {
                            flush(bytes, out, codepage);
                            out.append('\t');
                        }
                    }
                    case "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer",
                         "listtable", "listoverridetable", "rsidtbl", "generator", "latentstyles" -> {
                        if (first) {
                            skip = true;
                        }
                    }
                    default -> {
                    }
                }
                continue;
            }
            if (c == '\r' || c == '\n') {
                i++;
                continue; // line ends in RTF source are not text
            }
            if (emit) {
                flush(bytes, out, codepage);
                out.append(c);
            }
            groupStart = false;
            i++;
        }
        flush(bytes, out, codepage);
        return out.toString();
    }

    /** After \\uN, the N characters (usually one) given for readers that do not know Unicode are skipped. */
    private static int skipFallback(String rtf, int i, int count) {
        int k = i;
        for (int s = 0; s < count && k < rtf.length(); s++) {
            char c = rtf.charAt(k);
            if (c == '\\' && k + 3 < rtf.length() && rtf.charAt(k + 1) == '\'') {
                k += 4;
            } else if (c == '{' || c == '}' || c == '\\') {
                break;
            } else {
                k++;
            }
        }
        return k;
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out, Charset cs) {
        if (bytes.size() > 0) {
            out.append(Charsets.decode(bytes.toByteArray(), cs));
            bytes.reset();
        }
    }

    private static Charset codepage(String param, Charset fallback) {
        try {
            int cp = Integer.parseInt(param);
            if (cp == 65001) {
                return java.nio.charset.StandardCharsets.UTF_8;
            }
            Charset cs = EncodedWords.charsetOf("windows-" + cp);
            if (cs == null) {
                cs = EncodedWords.charsetOf("cp" + cp);
            }
            return cs == null ? fallback : cs;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int parse(String s, int fallback) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
