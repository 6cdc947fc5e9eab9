package io.scamcheck.detect.seed;

import io.scamcheck.detect.Analysis;
import io.scamcheck.detect.Detector;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.Brand;
import io.scamcheck.knowledge.Knowledge;
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
            "service-client", "via", "and", "of", "for", "your", "from", "at", "copyright", "c", "all",
            "rights", "reserved", "regards", "kind", "best", "warm", "sincerely", "yours", "truly",
            "faithfully", "thanks", "thank", "you", "many", "cheers", "respectfully");
    /** "sent by the", "greetings from", "a message from": words that make the next name the sender. */
    private static final Pattern SENT_BY = Pattern.compile(
            "(?i)\\b(?:sent|email|e-mail|message|note|greetings|notice|letter|notification|regards|sincerely)"
                    + "\\s{1,3}(?:from|by)\\s{1,3}(?:the\\s{1,3})?\\z");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "\\G(?:[ \\t]{1,2}(?:Support|Team|Teams|Service|Services|Security|Customer|Care|Account|Billing"
                    + "|Online|Help|Desk|Center|Centre|Alerts?|Notifications?|Protection|Department|Store))"
                    + "{1,3}");
    private static final int SIGNATURE_LINES = 10;
    private static final int MAX_LINE = 70;
    private static final int MAX_BRANDS = 2;

    private static final List<String> FREE_MAIL = loadFreeMail();

    @Override
    public String name() {
        return "brand-impersonation";
    }

    /** Whether the message comes from a domain that a known company really uses (then it is that company). */
    static boolean sentByOwnDomain(Analysis analysis) {
        Optional<String> domain = senderDomain(analysis.email());
        return domain.isPresent()
                && analysis.knowledge().brands().stream().anyMatch(b -> b.owns(domain.get()));
    }

    static Optional<String> senderDomain(Email email) {
        if (!email.hasHeaders()) {
            return Optional.empty();
        }
        return email.from().map(Address::domain).filter(d -> !d.isEmpty());
    }

    static boolean isFreeMail(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        for (String f : FREE_MAIL) {
            if (f.endsWith(".") ? d.startsWith(f) : d.equals(f)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        Email email = analysis.email();
        Optional<String> maybeDomain = senderDomain(email);
        if (maybeDomain.isEmpty()) {
            return List.of();
        }
        String domain = maybeDomain.get();
        Address from = email.from().orElseThrow();
        if (analysis.knowledge().brands().stream().anyMatch(b -> b.owns(domain))) {
            return List.of();
        }
        String text = analysis.text();
        List<Finding> out = new ArrayList<>();
        for (Brand brand : analysis.knowledge().brands()) {
            List<Span> spans = new ArrayList<>();
            if (presents(brand, from.displayName())) {
                spans.addAll(displayNameMentions(brand, text, email, from.displayName()));
            }
            spans.addAll(signature(brand, text, email.bodyStart()));
            spans.addAll(sentBy(brand, text, email.bodyStart()));
            if (spans.isEmpty()) {
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

    /** The brand on a line of its own among the last lines of the body. */
    private static List<Span> signature(Brand brand, String text, int body) {
        List<Span> out = new ArrayList<>();
        int end = text.length();
        int lines = 0;
        while (end > body && lines < SIGNATURE_LINES) {
            int start = Context.lineStart(text, end);
            if (start < body) {
                start = body;
            }
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                lines++;
                // A quoted or forwarded header line ("From: PayPal <service@paypal.com>") is not a signature.
                boolean headerLike = line.indexOf('@') >= 0 || line.indexOf('<') >= 0 || line.indexOf(':') >= 0
                        || line.stripLeading().startsWith(">");
                if (!headerLike && presents(brand, line.strip())) {
                    out.addAll(mentions(brand, text, start, end));
                }
            }
            if (start <= body) {
                break;
            }
            end = start - 1;
        }
        return out;
    }

    /** "sent by the Amazon team", "greetings from PayPal". */
    private static List<Span> sentBy(Brand brand, String text, int body) {
        List<Span> out = new ArrayList<>();
        for (Span s : mentions(brand, text, body, text.length())) {
            int from = Math.max(body, s.start() - 30);
            if (SENT_BY.matcher(text.substring(from, s.start())).find()) {
                out.add(s);
            }
            if (out.size() > 20) {
                break;
            }
        }
        return out;
    }

    private static List<String> loadFreeMail() {
        List<String> out = new ArrayList<>();
        Knowledge.readLines("free-mail-domains.txt", l -> out.add(l.strip().toLowerCase(Locale.ROOT)));
        return List.copyOf(out);
    }
}
