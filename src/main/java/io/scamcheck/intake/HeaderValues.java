package io.scamcheck.intake;

import io.scamcheck.model.Address;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Address headers (From, To, Reply-To...) read from their raw form, so that an encoded display name that
 * decodes to a comma or a quote cannot split or break an address. Two forms come out: the header value kept
 * in the model (names quoted where needed, so {@link io.scamcheck.model.Addresses#parse} reads it back
 * exactly) and the form a mail program shows (names without quotes).
 */
final class HeaderValues {
    private static final Set<String> ADDRESS_HEADERS = Set.of("from", "to", "cc", "bcc", "reply-to", "sender",
            "resent-from", "resent-to", "resent-sender", "return-receipt-to", "disposition-notification-to");
    private static final Pattern ANGLE = Pattern.compile("^(.*?)<([^<>]*)>\\s*$", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("\\(([^()]*)\\)");
    private static final String SPECIALS = ",;<>\"@:()[]\\";

    private HeaderValues() {
    }

    static boolean isAddressHeader(String name) {
        return name != null && ADDRESS_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The addresses of a raw header value, names decoded; null when it is group syntax or has none. */
    static List<Address> parse(String raw) {
        String v = unfold(raw);
        if (v.isBlank() || v.strip().endsWith(";") && io.scamcheck.model.Addresses.indexOfTopLevel(v, 0, ":") >= 0) {
            return null;
        }
        List<Address> out = new ArrayList<>();
        for (String part : io.scamcheck.model.Addresses.splitTopLevel(v)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Matcher m = ANGLE.matcher(p);
            if (m.matches()) {
                out.add(new Address(name(m.group(1)), m.group(2).strip()));
                continue;
            }
            Matcher c = COMMENT.matcher(p);
            String comment = c.find() ? c.group(1) : "";
            String addr = COMMENT.matcher(p).replaceAll(" ").strip();
            if (addr.indexOf(' ') >= 0 && addr.indexOf('@') < 0 || addr.isEmpty()) {
                // No address at all: a name alone (scam mail does this). Show it as a name.
                out.add(new Address(name(p), ""));
            } else {
                out.add(new Address(name(comment), addr));
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** The value kept in the model: every address as {@code name <address>}, names quoted when needed. */
    static String decodeAddresses(String raw) {
        List<Address> list = parse(raw);
        if (list == null) {
            return MimeReader.decodeHeader(raw);
        }
        return join(list, name -> needsQuotes(name) ? quote(name) : name);
    }

    /** The form a mail program shows: {@code Microsoft Support <support@ms-help.xyz>}. */
    static String showAddresses(String raw) {
        List<Address> list = parse(raw);
        if (list == null) {
            return SPACE_RUNS.matcher(MimeReader.decodeHeader(raw)).replaceAll(" ");
        }
        return join(list, UnaryOperator.identity());
    }

    /** Every address as {@code name <address>} (the name written by {@code name}), joined by commas. */
    private static String join(List<Address> list, UnaryOperator<String> name) {
        StringBuilder sb = new StringBuilder();
        for (Address a : list) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            if (a.displayName().isEmpty()) {
                sb.append(a.address());
            } else {
                sb.append(name.apply(a.displayName()));
                if (!a.address().isEmpty()) {
                    sb.append(" <").append(a.address()).append('>');
                }
            }
        }
        return sb.toString();
    }

    private static String name(String raw) {
        String t = raw.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = unescape(t.substring(1, t.length() - 1));
        } else if (t.indexOf('"') >= 0) {
            // Quoted pieces among plain words: drop the quotes, keep the words.
            t = unescape(t.replaceAll("(?<!\\\\)\"", ""));
        }
        String decoded = SPACE_RUNS.matcher(EncodedWords.decode(t)).replaceAll(" ").strip();
        if (decoded.length() >= 2 && decoded.startsWith("\"") && decoded.endsWith("\"")) {
            decoded = decoded.substring(1, decoded.length() - 1).strip();
        }
        return decoded;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                c = s.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean needsQuotes(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (SPECIALS.indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String name) {
        return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static final java.util.regex.Pattern FOLD = java.util.regex.Pattern.compile("\\r?\\n(?=[ \\t])");
    private static final java.util.regex.Pattern BREAKS = java.util.regex.Pattern.compile("[\\r\\n]+");
    static final java.util.regex.Pattern SPACE_RUNS = java.util.regex.Pattern.compile("\\s+");

    static String unfold(String raw) {
        if (raw == null) {
            return "";
        }
        if (raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0) {
            return raw; // most headers fit on one line
        }
        return BREAKS.matcher(FOLD.matcher(raw).replaceAll("")).replaceAll(" ");
    }

}
