package io.scamcheck.intake;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forwarded message written into the text of another: a "Forwarded message" or "Original Message" line
 * (as mail programs write it, in several languages), then the original's header lines (From, Date or Sent,
 * To, Subject), then its body.
 */
final class ForwardedBlock {
    /** The forwarder's own words above the block may be at most this long; more is a reply, not a forward. */
    static final int MAX_PREFIX = 2000;

    private static final Pattern MARKER = Pattern.compile(
            "(?im)^[> \\t]*(?:[-_=*]{2,}[ \\t]*)?(?:forwarded message|forwarded e-?mail|original message"
                    + "|weitergeleitete nachricht|urspr\u00fcngliche nachricht|message transf\u00e9r\u00e9"
                    + "|message d'origine|message original|mensaje reenviado|mensaje original"
                    + "|mensagem encaminhada|mensagem original|doorgestuurd bericht|oorspronkelijk bericht"
                    + "|messaggio inoltrato|messaggio originale)[ \\t]*(?:[-_=*]{2,})?[ \\t]*:?[ \\t]*$"
                    + "|^[> \\t]*begin forwarded message:[ \\t]*$"
                    + "|^[> \\t]*_{10,}[ \\t]*$");
    private static final Pattern FIELD = Pattern.compile(
            "^[> \\t]*\\*?([A-Za-z\u00c0-\u00ff][A-Za-z\u00c0-\u00ff -]{0,20}?)\\*?[ \\t]*:\\*?[ \\t]*(.*)$");
    private static final Map<String, String> NAMES = names();

    /** Where the block is: its marker line, the header fields read, and where the original's body starts. */
    record Block(int markerStart, int bodyStart, Map<String, String> fields) {
    }

    private ForwardedBlock() {
    }

    private static Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String n : new String[] {"from", "von", "de", "van", "da", "from (name)"}) {
            m.put(n, "From");
        }
        for (String n : new String[] {"sent", "date", "gesendet", "datum", "envoy\u00e9", "enviado", "enviada",
            "verzonden", "data", "inviato", "sent date"}) {
            m.put(n, "Date");
        }
        for (String n : new String[] {"to", "an", "\u00e0", "a", "para", "aan", "\u00e1"}) {
            m.put(n, "To");
        }
        for (String n : new String[] {"subject", "betreff", "objet", "asunto", "assunto", "onderwerp",
            "oggetto", "sujet"}) {
            m.put(n, "Subject");
        }
        for (String n : new String[] {"cc", "kopie", "reply-to", "antwort an", "r\u00e9pondre \u00e0"}) {
            m.put(n, "");
        }
        return m;
    }

    static Optional<Block> find(CharSequence text) {
        Matcher m = MARKER.matcher(text);
        int searched = 0;
        while (m.find() && searched++ < 20) {
            if (m.start() > MAX_PREFIX && !onlyBlankBefore(text, m.start())) {
                return Optional.empty();
            }
            Optional<Block> b = readFields(text, m.start(), m.end());
            if (b.isPresent()) {
                return b;
            }
        }
        return Optional.empty();
    }

    private static boolean onlyBlankBefore(CharSequence text, int pos) {
        for (int i = 0; i < pos; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Block> readFields(CharSequence text, int markerStart, int markerEnd) {
        Map<String, String> fields = new LinkedHashMap<>();
        int pos = skipLineEnd(text, markerEnd);
        int blanks = 0;
        String last = null;
        while (pos < text.length()) {
            int eol = lineEnd(text, pos);
            String line = text.subSequence(pos, eol).toString();
            String bare = line.replaceFirst("^[> \\t]*", "");
            if (bare.isBlank()) {
                if (fields.isEmpty() && blanks++ < 2) {
                    pos = skipLineEnd(text, eol);
                    continue;
                }
                pos = skipLineEnd(text, eol);
                break; // the blank line after the header lines
            }
            Matcher f = FIELD.matcher(line);
            String name = f.matches() ? NAMES.get(f.group(1).strip().toLowerCase(Locale.ROOT)) : null;
            if (name == null) {
                if (last != null && fields.size() < 6 && line.startsWith(" ") && !bare.isBlank()
                        && !fields.isEmpty()) {
                    fields.put(last, fields.get(last) + " " + bare.strip()); // a wrapped header line
                    pos = skipLineEnd(text, eol);
                    continue;
                }
                break; // the original's body starts without a blank line
            }
            if (!name.isEmpty() && !fields.containsKey(name)) {
                fields.put(name, f.group(2).replace("*", "").strip());
                last = name;
            } else {
                last = null;
            }
            pos = skipLineEnd(text, eol);
        }
        if (!fields.containsKey("From") || fields.size() < 2) {
            return Optional.empty();
        }
        String from = fields.get("From");
        // Outlook writes "Name [mailto:address]"; a mail program shows "Name <address>".
        fields.put("From", from.replaceAll("\\[mailto:([^\\]\\s]+)\\]", "<$1>"));
        return Optional.of(new Block(markerStart, Math.min(pos, text.length()), fields));
    }

    private static int lineEnd(CharSequence text, int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    private static int skipLineEnd(CharSequence text, int eol) {
        return eol < text.length() ? eol + 1 : eol;
    }
}
