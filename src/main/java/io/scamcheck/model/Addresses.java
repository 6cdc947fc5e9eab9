package io.scamcheck.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A forgiving parser for address headers: scam mail often breaks RFC 5322, so this never throws. */
public final class Addresses {
    private static final Pattern ANGLE = Pattern.compile("^(.*?)<([^<>]*)>\\s*$", Pattern.DOTALL);

    private Addresses() {
    }

    public static List<Address> parse(String headerValue) {
        List<Address> out = new ArrayList<>();
        if (headerValue == null) {
            return out;
        }
        for (String part : splitTopLevel(headerValue)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Matcher m = ANGLE.matcher(p);
            if (m.matches()) {
                out.add(new Address(unquote(m.group(1)), m.group(2)));
            } else {
                out.add(new Address("", p.replaceAll("\\s*\\(.*\\)\\s*", "")));
            }
        }
        return out;
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            StringBuilder sb = new StringBuilder(t.length());
            for (int i = 1; i < t.length() - 1; i++) {
                char c = t.charAt(i);
                if (c == '\\' && i + 1 < t.length() - 1) {
                    c = t.charAt(++i);
                }
                sb.append(c);
            }
            t = sb.toString();
        }
        return t.strip();
    }

    /** Splits on commas (and semicolons) outside quotes, comments and angle brackets. */
    public static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int stop;
        while ((stop = indexOfTopLevel(s, start, ",;")) >= 0) {
            parts.add(s.substring(start, stop));
            start = stop + 1;
        }
        parts.add(s.substring(start));
        return parts;
    }

    /**
     * Where the first of the {@code stops} characters stands outside quotes, comments and angle brackets,
     * reading from {@code from} (a backslash escapes the next character); -1 when there is none.
     */
    public static int indexOfTopLevel(String s, int from, String stops) {
        boolean quoted = false;
        int angle = 0;
        int paren = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                paren++;
            } else if (!quoted && c == ')' && paren > 0) {
                paren--;
            } else if (!quoted && paren == 0 && c == '<') {
                angle++;
            } else if (!quoted && paren == 0 && c == '>' && angle > 0) {
                angle--;
            } else if (!quoted && paren == 0 && angle == 0 && stops.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
