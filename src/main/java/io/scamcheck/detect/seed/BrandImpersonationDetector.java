package io.scamcheck.detect.seed;

import io.scamcheck.detect.Analysis;
import io.scamcheck.detect.AuthenticationResults;
import io.scamcheck.detect.Detector;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.Brand;
import io.scamcheck.knowledge.Knowledge;
import io.scamcheck.knowledge.PhraseList;
import io.scamcheck.model.Address;
import io.scamcheck.model.Email;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message presents itself as a known company ({@code knowledge/brands.tsv}) but was not sent from any
 * domain that company uses ("Microsoft Support" from ms-help.xyz). It needs a sender: pasted text has none.
 *
 * <p>Naming a company is not the same as claiming to be it: a newsletter may write about Microsoft. The brand
 * must be presented as the sender: as the sender's display name ("Microsoft Support"), as a line of its own
 * among the closing lines ("Microsoft Support", "The PayPal Team", "Regards, Netflix"), a copyright line,
 * or "sent by the Amazon team"-style words. Lines that only mention the brand among other words do not count.
 */
public final class BrandImpersonationDetector implements Detector {
    /** Words that may stand beside a company's name when it presents itself. */
    private static final Set<String> ROLE = Set.of("support", "team", "teams", "service", "services", "customer",
            "customers", "care", "security", "safety", "alert", "alerts", "notification", "notifications", "notice",
            "account", "accounts", "billing", "online", "banking", "bank", "noreply", "no", "reply", "do", "not",
            "official", "department", "dept", "center", "centre", "help", "desk", "helpdesk", "inc", "corp",
            "corporation", "llc", "ltd", "plc", "co", "com", "the", "technical", "tech", "protection",
            "verification", "update", "updates", "info", "information", "mail", "mailer", "message", "messages",
            "premium", "member", "members", "membership", "delivery", "deliveries", "express", "parcel",
            "parcels", "shipping", "tracking", "wallet", "payment", "payments", "rewards", "fraud", "prevention",
            "identity", "admin", "administrator", "system", "systems", "community", "group", "international",
            "global", "usa", "web", "app", "store", "sales", "invoice", "invoices", "receipt", "receipts",
            "order", "orders", "claims", "refund", "refunds", "resolution", "helpline", "agent",
            "representative", "assistance", "subscription", "subscriptions", "renewal", "renewals", "license",
            "licence", "activation", "management", "operations", "division", "unit", "office",
            "kundenservice", "kundendienst", "klantenservice", "servicio", "cliente", "clientes", "atendimento",
            "service-client", "via", "and", "of", "for", "your", "from", "at", "by", "copyright", "c", "all",
            "io", "net", "org", "anti", "virus", "status", "stores", "paket", "pakket", "paquete", "colis",
            "sendung", "lieferung", "zustellung", "entrega", "encomenda", "aviso", "rastreamento", "pagamento",
            "pagamentos", "fiscalizacao", "fiscalização", "gutschein", "guthaben", "konto", "kundenkonto",
            "sicherheit", "equipo", "equipe", "suporte", "soporte", "notificacion", "notificación",
            "notificação", "de", "da", "la", "le", "du", "und", "en", "y", "e",
            "rights", "reserved", "regards", "kind", "best", "warm", "sincerely", "yours", "truly",
            "faithfully", "thanks", "thank", "you", "many", "cheers", "respectfully");
    /** "sent by the", "greetings from", "a message from": words that make the next name the sender. */
    /** "sent by the", "regards from": searched only near "from" and "by" (a phrase list of one line). */
    private static final PhraseList SENT_BY = PhraseList.shared("sent-by", "en", List.of(
            "\\b(?:sent|email|e-mail|message|note|greetings|notice|letter|notification|regards|sincerely)"
                    + "\\s{1,3}(?:from|by)\\s{1,3}(?:the\\s{1,3})?"));
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "(?i)\\G(?:[ \\t]{1,2}(?:Support|Team|Teams|Service|Services|Security|Customer|Care|Account|Billing"
                    + "|Online|Help|Desk|Center|Centre|Alerts?|Notifications?|Protection|Department|Store"
                    + "|Corporation|Inc\\.?|LLC|Ltd\\.?)(?![\\w]))"
                    + "{1,3}");
    /** "Katie from Ledger", "Freddie @ Ripple": one first name, then the company (marketing mail's form). */
    private static final Pattern PERSON_FROM = Pattern.compile("^\\p{Lu}\\p{Ll}{1,15}\\s{1,2}(?:from|at|@)\\s{1,2}(?=\\S)");
    private static final int SIGNATURE_LINES = 10;
    private static final int MAX_LINE = 70;
    private static final int MAX_BRANDS = 2;


    @Override
    public String name() {
        return "brand-impersonation";
    }

    /** Whether the message comes from a domain that a known company really uses (then it is that company). */
    static boolean sentByOwnDomain(Analysis analysis) {
        Optional<Sender> sender = sender(analysis.email());
        return sender.isPresent()
                && analysis.knowledge().brands().stream().anyMatch(b -> b.owns(sender.get().domain()));
    }

    /** The sender's display name and domain, as a reader would make them out. */
    record Sender(String displayName, String domain) {
    }

    /**
     * The sender, read forgivingly: scam mail often breaks the From line ("Facebook ,_&lt;x@y.com&gt;"), which a
     * strict reading takes for two addresses. Then the name is what stands before the last '&lt;' and the
     * domain is taken from what stands inside it. Empty for pasted text, which has no sender.
     */
    static Optional<Sender> sender(Email email) {
        if (!email.hasHeaders()) {
            return Optional.empty();
        }
        Optional<Address> parsed = email.from();
        String display = parsed.map(Address::displayName).orElse("");
        String domain = parsed.map(Address::domain).orElse("");
        if (display.isEmpty() || domain.isEmpty()) {
            String raw = email.header("From").orElse("");
            int lt = raw.lastIndexOf('<');
            int gt = lt < 0 ? -1 : raw.indexOf('>', lt);
            if (gt > lt) {
                String address = raw.substring(lt + 1, gt).strip();
                int at = address.lastIndexOf('@');
                if (domain.isEmpty() && at >= 0) {
                    domain = address.substring(at + 1).toLowerCase(Locale.ROOT).replaceAll("[\\s.\"']+$", "");
                }
                if (display.isEmpty()) {
                    display = raw.substring(0, lt).replaceAll("[\"',_]+", " ").strip();
                }
            }
        }
        return domain.isEmpty() ? Optional.empty() : Optional.of(new Sender(display, domain));
    }

    /** Free webmail, from the one shared list (knowledge/free-webmail.txt). */
    static boolean isFreeMail(String domain) {
        return Knowledge.standard().domainLists().isFreeWebmail(domain);
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        Email email = analysis.email();
        Optional<Sender> sender = sender(email);
        if (sender.isEmpty()) {
            return List.of();
        }
        String domain = sender.get().domain();
        if (analysis.knowledge().brands().stream().anyMatch(b -> b.owns(domain))) {
            return List.of();
        }
        List<String> signedBy = signedByReceiverCheck(email);
        String text = analysis.text();
        List<Integer> afterSentBy = sentByPhrases(text, email.bodyStart());
        List<Span> closing = candidateLines(text, email, lastLines(text, email.bodyStart()));
        List<Finding> out = new ArrayList<>();
        for (Brand brand : analysis.knowledge().brands()) {
            List<Span> spans = new ArrayList<>();
            if (presents(brand, sender.get().displayName())
                    || presents(brand, PERSON_FROM.matcher(sender.get().displayName()).replaceFirst(""))) {
                spans.addAll(displayNameMentions(brand, text, email, sender.get().displayName()));
            }
            spans.addAll(signature(brand, text, email, closing, analysis.knowledge().brands()));
            spans.addAll(sentBy(brand, afterSentBy, text));
            if (spans.isEmpty() || signedBy.stream().anyMatch(brand::owns)) {
                continue;
            }
            Finding.Builder b = Finding.of(Kind.BRAND_IMPERSONATION).spans(spans)
                    .explanation(Text.of("fact.brand.not-sent-by", brand.name()))
                    .fact(Text.of("kind.brand-impersonation.explanation"));
            if (isFreeMail(domain)) {
                b.fact(Text.of("fact.brand.free-mail", domain));
            }
            b.evidence(Text.of("evidence.brand-sender", domain, brand.name(),
                    String.join(", ", brand.domains().subList(0, Math.min(4, brand.domains().size())))));
            out.add(b.build());
            if (out.size() >= MAX_BRANDS) {
                break;
            }
        }
        return out;
    }

    /**
     * The domains whose DKIM signature the receiving server found good, from the topmost
     * {@code Authentication-Results} header (the receiver's own; lower ones may be written by the sender).
     * A company often sends its mail through a mailing service from a domain of its own that no list can
     * hold ("news@vodafone-mail.example"); when the company's own domain signed the message, it is the
     * company's mail. A signature can only be made with the company's key, so a scammer cannot fake one.
     */
    static List<String> signedByReceiverCheck(Email email) {
        List<String> headers = email.headerValues("Authentication-Results");
        return headers.isEmpty() ? List.of() : AuthenticationResults.parse(headers.get(0)).dkimPassed();
    }

    /** Whether a short piece of text (a display name, one line) is the brand presenting itself. */
    static boolean presents(Brand brand, String s) {
        if (s == null || s.isBlank() || s.length() > MAX_LINE) {
            return false;
        }
        Matcher m = brand.mention().matcher(s);
        if (!m.find()) {
            return false;
        }
        String rest = brand.mention().matcher(s).replaceAll(" ");
        Matcher t = TOKEN.matcher(rest);
        while (t.find()) {
            String w = t.group().toLowerCase(Locale.ROOT);
            if (!ROLE.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** The brand's words in the display name as shown on the From line (not in the address after it). */
    private static List<Span> displayNameMentions(Brand brand, String text, Email email, String displayName) {
        Optional<Span> line = email.headerSpan("From");
        if (line.isEmpty()) {
            return List.of();
        }
        int at = text.indexOf(displayName, line.get().start());
        if (at < 0 || at + displayName.length() > line.get().end()) {
            int angle = text.indexOf('<', line.get().start());
            int end = angle < 0 || angle > line.get().end() ? line.get().end() : angle;
            return mentions(brand, text, line.get().start(), end);
        }
        return mentions(brand, text, at, at + displayName.length());
    }

    /** The brand's words inside [from, to), each with role words that follow ("Microsoft Support"). */
    private static List<Span> mentions(Brand brand, String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        Matcher m = brand.mention().matcher(text);
        m.region(from, to);
        while (m.find()) {
            int end = m.end();
            Matcher r = ROLE_AFTER.matcher(text);
            r.region(end, to);
            if (r.lookingAt()) {
                end = r.end();
            }
            out.add(new Span(m.start(), end));
        }
        return out;
    }

    /**
     * The brand on a line of its own among the last lines of the body (candidates from {@link #candidateLines};
     * null stands for a line that cannot be a signature). A line that is a link, or that stands
     * in a list of other company names ("Facebook / Instagram / YouTube" under "follow us"), is a link to the
     * sender's page on that site, not a signature.
     */
    private static List<Span> signature(Brand brand, String text, Email email, List<Span> lines, List<Brand> all) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            if (line == null || !presents(brand, text.substring(line.start(), line.end()).strip())) {
                continue;
            }
            boolean inList = (i > 0 && namesAnyBrand(text, lines.get(i - 1), all))
                    || (i + 1 < lines.size() && namesAnyBrand(text, lines.get(i + 1), all));
            if (!inList) {
                out.addAll(mentions(brand, text, line.start(), line.end()));
            }
        }
        return out;
    }

    /**
     * The closing lines that could be a signature, in place (others are null, so that neighbours stay
     * neighbours): short, not a link, not a quoted or forwarded header line ("From: PayPal <service@...>").
     */
    private static List<Span> candidateLines(String text, Email email, List<Span> lines) {
        List<Span> out = new ArrayList<>();
        for (Span line : lines) {
            String s = text.substring(line.start(), line.end()).strip();
            boolean headerLike = s.indexOf('@') >= 0 || s.indexOf('<') >= 0 || s.indexOf(':') >= 0
                    || s.startsWith(">");
            boolean candidate = s.length() <= MAX_LINE && !headerLike && s.split("\\s+").length <= 8
                    && !isLink(email, line);
            out.add(candidate ? line : null);
        }
        return out;
    }

    /** The last non-blank lines of the body, in reading order. */
    private static List<Span> lastLines(String text, int body) {
        List<Span> lines = new ArrayList<>();
        int end = text.length();
        int steps = 0;
        while (end > body && lines.size() < SIGNATURE_LINES && steps++ < 1000) {
            int start = Math.max(body, Context.lineStart(text, end));
            if (end - start > 0 && !text.substring(start, end).isBlank()) {
                lines.add(0, new Span(start, end));
            }
            if (start <= body) {
                break;
            }
            end = start - 1;
        }
        return lines;
    }

    private static boolean isLink(Email email, Span line) {
        for (var link : email.links()) {
            if (link.span().overlaps(line)) {
                return true;
            }
        }
        return false;
    }

    /** A short line made of a company name (any company in the table), as in a row of social links. */
    private static boolean namesAnyBrand(String text, Span line, List<Brand> all) {
        if (line == null) {
            return false;
        }
        String s = text.substring(line.start(), line.end()).strip();
        if (s.length() > 40) {
            return false;
        }
        for (Brand b : all) {
            if (presents(b, s)) {
                return true;
            }
        }
        return s.equals("X") || s.equalsIgnoreCase("Pinterest") || s.equalsIgnoreCase("Threads");
    }

    /**
     * "sent by the Amazon team", "greetings from PayPal". The name must end the phrase (with role words after
     * it at most): "Sent by Microsoft Exchange Server" names a program a company runs, not the sender.
     */
    private static List<Span> sentBy(Brand brand, List<Integer> afterSentBy, String text) {
        List<Span> out = new ArrayList<>();
        for (int at : afterSentBy) {
            Matcher m = brand.mention().matcher(text);
            m.region(at, Math.min(text.length(), at + 80));
            if (!m.lookingAt()) {
                continue;
            }
            Span s = mentions(brand, text, m.start(), Math.min(text.length(), at + 80)).get(0);
            int next = s.end();
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            boolean nameGoesOn = next < text.length() && next > s.end()
                    && (Character.isUpperCase(text.charAt(next)) || Character.isDigit(text.charAt(next)));
            if (!nameGoesOn) {
                out.add(s);
            }
        }
        return out;
    }

    /** Where the words after each "sent by the" phrase in the body begin (at most a few dozen). */
    private static List<Integer> sentByPhrases(String text, int body) {
        List<Integer> out = new ArrayList<>();
        for (Span s : SENT_BY.find(text, body, text.length())) {
            if (out.size() >= 50) {
                break;
            }
            out.add(s.end());
        }
        return out;
    }
}
