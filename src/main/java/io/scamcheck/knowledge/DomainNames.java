package io.scamcheck.knowledge;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import com.ibm.icu.text.IDNA;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Host names and web addresses as a mail program or browser reads them, without any network look-up.
 * The registrable domain (the name someone bought, like {@code paypal.com} in {@code www.paypal.com}) comes
 * from the public suffix list shipped inside Guava: see docs/decisions/0001-registrable-domains.md.
 * Every method is forgiving: odd input gives an empty answer, never an exception.
 */
public final class DomainNames {
    private static final IDNA IDNA_UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_UNICODE);
    private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern HEX_OR_OCTAL_IPV4 = Pattern.compile(
            "(?:(?:0x[0-9a-f]{1,8}|[0-9]{1,10})\\.){0,3}(?:0x[0-9a-f]{1,8}|[0-9]{1,10})");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]{0,30}):");
    private static final int MAX_HOST = 253;
    /** Answers already worked out: mail repeats the same few hosts many times. Emptied when it grows large. */
    private static final Map<String, String> REGISTRABLE_CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> SUFFIX_CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 20_000;

    private DomainNames() {
    }

    /** A web address taken apart: scheme (lower case, empty when none was written), user part, host, rest. */
    public record Url(String scheme, String userInfo, String host, String path) {
        /** Whether it is a web page address (http, https or no scheme at all, like www.example.com). */
        public boolean isWeb() {
            return scheme.isEmpty() || scheme.equals("http") || scheme.equals("https");
        }
    }

    /**
     * Takes a link target apart the way a browser would, forgivingly: backslashes count as slashes, a missing
     * scheme is allowed for addresses like {@code www.example.com/path}, and the host is lower case Unicode.
     * Empty for anything that has no host (mailto:, tel:, javascript:, data:, a relative path).
     */
    public static Optional<Url> parseUrl(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 8192) {
            return Optional.empty();
        }
        String scheme = "";
        var m = SCHEME.matcher(s);
        if (m.find()) {
            String candidate = m.group(1).toLowerCase(Locale.ROOT);
            // "www.example.com:8080/x" has a port, not a scheme
            if (!(candidate.contains(".") && s.length() > m.end() && Character.isDigit(s.charAt(m.end())))) {
                scheme = candidate;
                s = s.substring(m.end());
            }
        }
        if (!scheme.isEmpty() && !scheme.equals("http") && !scheme.equals("https") && !scheme.equals("ftp")) {
            return Optional.empty();
        }
        // Browsers treat backslashes like slashes in web addresses.
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '/' || s.charAt(i) == '\\')) {
            i++;
        }
        if (scheme.isEmpty() && i > 0 && i != 2) {
            return Optional.empty(); // a path, not an address
        }
        s = s.substring(i);
        int end = s.length();
        for (int j = 0; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '/' || c == '\\' || c == '?' || c == '#') {
                end = j;
                break;
            }
        }
        String authority = s.substring(0, end);
        String path = s.substring(end);
        String userInfo = "";
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
        }
        String host = hostOfAuthority(authority);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        if (scheme.isEmpty() && !host.contains(".")) {
            return Optional.empty();
        }
        return Optional.of(new Url(scheme, userInfo, host, path));
    }

    private static String hostOfAuthority(String authority) {
        String a = authority;
        if (a.startsWith("[")) {
            int close = a.indexOf(']');
            return close < 0 ? "" : a.substring(0, close + 1).toLowerCase(Locale.ROOT);
        }
        int colon = a.indexOf(':');
        if (colon >= 0) {
            a = a.substring(0, colon);
        }
        if (a.indexOf('%') >= 0) {
            a = percentDecode(a);
        }
        return normalizeHost(a);
    }

    private static String percentDecode(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                int v = Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16);
                if (v >= 0x20 && v < 0x7f) {
                    sb.append((char) v);
                    i += 2;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * A host name in one spelling: lower case, no trailing dot, and punycode ({@code xn--}) turned into the
     * letters it stands for, so that look-alike letters can be seen. Empty when it is not a plausible host.
     */
    public static String normalizeHost(String host) {
        if (host == null) {
            return "";
        }
        String h = host.strip();
        // Full-width and ideographic dots count as dots in browsers.
        h = h.replace('\u3002', '.').replace('\uff0e', '.').replace('\uff61', '.');
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.isEmpty() || h.length() > MAX_HOST) {
            return "";
        }
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '\'' || c == ','
                    || c == '@' || c == '/' || c == '(' || c == ')') {
                return "";
            }
        }
        if (h.startsWith("[")) {
            return h.toLowerCase(Locale.ROOT);
        }
        if (isPlainAscii(h)) {
            return h.toLowerCase(Locale.ROOT); // nothing for IDNA to map: the common case, kept fast
        }
        try {
            StringBuilder out = new StringBuilder();
            IDNA.Info info = new IDNA.Info();
            IDNA_UTS46.nameToUnicode(h, out, info);
            String u = out.toString();
            if (!u.isEmpty() && u.indexOf('\ufffd') < 0) {
                return u;
            }
        } catch (RuntimeException e) {
            // fall through to the plain lower-case form
        }
        return h.toLowerCase(Locale.ROOT);
    }

    /** Letters, digits, dots and hyphens only, and no punycode label. */
    private static boolean isPlainAscii(String h) {
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
                return false;
            }
        }
        return !(h.startsWith("xn--") || h.startsWith("XN--") || h.contains(".xn--") || h.contains(".XN--"));
    }

    /** Whether the host is written as a number (an IP address) rather than a name, in any form a browser takes. */
    public static boolean isIpAddress(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            return InetAddresses.isInetAddress(h.substring(1, h.length() - 1));
        }
        if (InetAddresses.isInetAddress(h)) {
            return true;
        }
        // 3232235777, 0xC0A80001 and 0300.0250.1.1 all lead to an address in a browser.
        return ALL_DIGITS.matcher(h).matches() || HEX_OR_OCTAL_IPV4.matcher(h).matches();
    }

    /**
     * The registrable domain: the part of a host name someone bought from a registry, one label under the
     * public suffix ({@code www.mail.example.co.uk} gives {@code example.co.uk}). Suffixes that companies
     * open to their customers count too ({@code someone.github.io} gives {@code someone.github.io}), because
     * each customer there is a different owner. An IP address is its own answer; a name with an unknown
     * ending gives its last two labels. Empty when the host is empty.
     */
    public static String registrable(String host) {
        if (host == null) {
            return "";
        }
        String cached = REGISTRABLE_CACHE.get(host);
        if (cached != null) {
            return cached;
        }
        String answer = computeRegistrable(host);
        if (REGISTRABLE_CACHE.size() >= CACHE_LIMIT) {
            REGISTRABLE_CACHE.clear();
        }
        REGISTRABLE_CACHE.put(host, answer);
        return answer;
    }

    private static String computeRegistrable(String host) {
        String h = normalizeHost(host);
        if (h.isEmpty()) {
            return "";
        }
        if (isIpAddress(h)) {
            return h;
        }
        try {
            InternetDomainName d = InternetDomainName.from(h);
            if (d.isUnderPublicSuffix()) {
                return d.topPrivateDomain().toString();
            }
            if (d.isPublicSuffix()) {
                return h;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // not a valid name for Guava (underscores, odd letters): fall back to the last two labels
        }
        String[] parts = h.split("\\.");
        int n = parts.length;
        return n <= 2 ? h : parts[n - 2] + "." + parts[n - 1];
    }

    /** The registrable domain without its public suffix: {@code paypal} for {@code www.paypal.co.uk}. */
    public static String registrableLabel(String host) {
        String reg = registrable(host);
        int dot = reg.indexOf('.');
        return dot < 0 ? reg : reg.substring(0, dot);
    }

    /** The public suffix of the registrable domain ({@code co.uk} for {@code www.paypal.co.uk}), or empty. */
    public static String suffix(String host) {
        String reg = registrable(host);
        int dot = reg.indexOf('.');
        return dot < 0 ? "" : reg.substring(dot + 1);
    }

    /** Whether the host ends in a suffix from the public suffix list (so {@code example.com}, not {@code a.b}). */
    public static boolean hasKnownSuffix(String host) {
        if (host == null) {
            return false;
        }
        Boolean cached = SUFFIX_CACHE.get(host);
        if (cached != null) {
            return cached;
        }
        String h = normalizeHost(host);
        boolean answer = false;
        if (!h.isEmpty() && !isIpAddress(h)) {
            try {
                answer = InternetDomainName.from(h).isUnderPublicSuffix();
            } catch (IllegalArgumentException | IllegalStateException e) {
                answer = false;
            }
        }
        if (SUFFIX_CACHE.size() >= CACHE_LIMIT) {
            SUFFIX_CACHE.clear();
        }
        SUFFIX_CACHE.put(host, answer);
        return answer;
    }

    /** Whether two hosts share a registrable domain, so belong to the same owner. */
    public static boolean sameOwner(String hostA, String hostB) {
        String a = registrable(hostA);
        return !a.isEmpty() && a.equals(registrable(hostB));
    }
}
