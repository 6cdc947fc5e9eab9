package io.scamcheck.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code Authentication-Results} header (RFC 8601) read offline: the checks the receiving mail server ran
 * (SPF, DKIM, DMARC ...), each with its result and properties such as {@code smtp.mailfrom} or
 * {@code header.d}. Comments in parentheses are dropped. Forgiving: anything it cannot read is left out.
 */
public record AuthenticationResults(String raw, List<Result> results) {

    /** One check: method ({@code spf}), result ({@code fail}), and its properties, names in lower case. */
    public record Result(String method, String result, Map<String, String> properties) {
        public String property(String name) {
            return properties.getOrDefault(name, "");
        }

        /**
         * The domain a DKIM result is about: {@code header.d}, else the domain of {@code header.i}; lower case.
         */
        public String signingDomain() {
            String d = property("header.d");
            if (d.isEmpty()) {
                String i = property("header.i");
                d = i.substring(i.lastIndexOf('@') + 1);
            }
            return d.toLowerCase(Locale.ROOT);
        }

        /** The text of this check as written, for a helper: {@code spf=fail smtp.mailfrom=example.com}. */
        public String describe() {
            StringBuilder sb = new StringBuilder(method).append('=').append(result);
            properties.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
            return sb.toString();
        }
    }

    private static final int MAX_LENGTH = 20_000;
    private static final Pattern METHOD = Pattern.compile(
            "^\\s*([A-Za-z][A-Za-z0-9_.-]{0,30})\\s*=\\s*([A-Za-z]{1,20})");
    private static final Pattern PROPERTY = Pattern.compile(
            "([A-Za-z][A-Za-z0-9_-]{0,30}\\.[A-Za-z][A-Za-z0-9_.-]{0,30}|reason)\\s*=\\s*\"?([^\\s;\"]{0,300})");

    public static AuthenticationResults parse(String header) {
        String raw = header == null ? "" : header;
        String text = stripComments(raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw);
        List<Result> out = new ArrayList<>();
        for (String part : text.split(";")) {
            Matcher m = METHOD.matcher(part);
            if (!m.find()) {
                continue; // the server's name (authserv-id), "none", or something unreadable
            }
            String method = m.group(1).toLowerCase(Locale.ROOT);
            if (method.contains(".")) {
                continue; // a property without a method
            }
            Map<String, String> props = new TreeMap<>();
            Matcher p = PROPERTY.matcher(part);
            p.region(m.end(), part.length());
            while (p.find()) {
                props.putIfAbsent(p.group(1).toLowerCase(Locale.ROOT), p.group(2));
            }
            out.add(new Result(method, m.group(2).toLowerCase(Locale.ROOT), props));
        }
        return new AuthenticationResults(raw, List.copyOf(out));
    }

    /** The domains whose DKIM signature the server found good ({@code dkim=pass header.d=...}). */
    public List<String> dkimPassed() {
        return of("dkim").stream().filter(r -> r.result().equals("pass")).map(Result::signingDomain)
                .filter(d -> !d.isEmpty()).toList();
    }

    public List<Result> of(String method) {
        return results.stream().filter(r -> r.method().equals(method)).toList();
    }

    /** Drops (comments), nested ones too; quoted strings are kept. */
    public static String stripComments(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                if (depth == 0) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (depth == 0 && c == '"') {
                quoted = !quoted;
            }
            if (!quoted && c == '(') {
                depth++;
                continue;
            }
            if (!quoted && c == ')' && depth > 0) {
                depth--;
                continue;
            }
            if (depth == 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
