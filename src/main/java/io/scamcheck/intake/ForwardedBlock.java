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

    /**
     * Header lines with no marker line above them, as Outlook writes a forward in HTML: "From:" then "Sent:"
     * (or "Date:") on the next line.
     */
    private static final Pattern UNMARKED = Pattern.compile(
            "(?im)^[> \\t]*\\*?(?:from|von|de|van|da)\\*?[ \\t]*:[^\\n]*\\n[> \\t]*\\*?(?:sent|gesendet|envoy\u00e9"
                    + "|enviado|enviada|verzonden|inviato|date|datum)\\*?[ \\t]*:");

    /**
     * Where the block is: its first line (marker or header), where the original's body starts, the header
     * fields read, and whether a marker line ("Forwarded message"...) announced it.
     */
    record Block(int markerStart, int bodyStart, Map<String, String> fields, boolean marked,
                 boolean saysForwarded) {
    }

    private static final Pattern SAYS_FORWARDED = Pattern.compile(
            "(?i)forward|weitergeleitet|transf\u00e9r\u00e9|encaminhad|reenviad|doorgestuurd|inoltrat");
    /** A subject that a mail program gives a forward: "Fwd:", "FW:", "WG:", "TR:", "RV:", "Enc:"... */
    private static final Pattern FORWARD_SUBJECT = Pattern.compile(
            "(?i)^\\s*(?:\\[[^\\]]{0,40}\\]\\s*)?(?:fwd?|wg|tr|rv|enc|doorst|vs|vb|i)\\s*:");

    static boolean isForwardSubject(String subject) {
        return subject != null && FORWARD_SUBJECT.matcher(subject).find();
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
        Optional<Block> marked = first(text, MARKER, true);
        Optional<Block> unmarked = first(text, UNMARKED, false)
                .filter(b -> b.fields().containsKey("Subject"));
        if (marked.isPresent() && unmarked.isPresent()) {
            return marked.get().markerStart() <= unmarked.get().markerStart() ? marked : unmarked;
        }
        return marked.isPresent() ? marked : unmarked;
    }

    /**
     * The first block whose marker or header line starts within {@link #MAX_PREFIX} characters, or right after
     * blank lines. Every pattern here starts at a line start, so only the line starts up to there are tried:
     * a long message is not read to its end for a marker that could not count.
     */
    private static Optional<Block> first(CharSequence text, Pattern p, boolean marker) {
        int limit = Math.max(MAX_PREFIX, firstNonBlank(text));
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        int searched = 0;
        int line = 0;
        while (line <= limit && line < text.length() && searched < 20) {
            m.region(line, text.length());
            if (m.lookingAt()) {
                searched++;
                Optional<Block> b = readFields(text, m.start(), marker ? m.end() : m.start(), marker);
                if (b.isPresent()) {
                    return b;
                }
            }
            int eol = lineEnd(text, line);
            if (eol >= text.length()) {
                break;
            }
            line = eol + 1;
        }
        return Optional.empty();
    }

    private static int firstNonBlank(CharSequence text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Optional<Block> readFields(CharSequence text, int markerStart, int fieldsStart, boolean marked) {
        Map<String, String> fields = new LinkedHashMap<>();
        int pos = marked ? skipLineEnd(text, fieldsStart) : fieldsStart;
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
        int body = Math.min(pos, text.length());
        while (body < text.length()) {
            int eol = lineEnd(text, body);
            if (!text.subSequence(body, eol).toString().replaceFirst("^[> \t]*", "").isBlank()) {
                break;
            }
            body = skipLineEnd(text, eol); // blank lines before the original's first words
        }
        boolean says = marked && SAYS_FORWARDED.matcher(text.subSequence(markerStart, fieldsStart)).find();
        return Optional.of(new Block(markerStart, body, fields, marked, says));
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
