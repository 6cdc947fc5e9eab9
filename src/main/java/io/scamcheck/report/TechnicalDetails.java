package io.scamcheck.report;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.scamcheck.detect.AuthenticationResults;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.DomainNames;
import io.scamcheck.model.Address;
import io.scamcheck.model.Attachment;
import io.scamcheck.model.Email;
import io.scamcheck.model.Link;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a helper wants to see behind the verdict, worked out from the message alone (nothing is looked up on
 * the network): who sent it and where replies go, where each link really leads, what the receiving server's
 * authentication checks said, the attached files, the phone numbers in the text, the route the mail took,
 * and for each finding its kind, weight, exact words and evidence. Only facts, no sentences: the report and
 * the window put them into words.
 */
public record TechnicalDetails(Optional<Party> sender, List<Party> replyTo, String returnPath,
                               List<LinkDetail> links, List<AuthCheck> authentication,
                               List<AttachmentDetail> attachments, List<PhoneDetail> phones,
                               List<Hop> route, List<FindingDetail> findings) {

    /** A mail address with its name as shown and the registrable domain (the name someone bought). */
    public record Party(String displayName, String address, String domain) {
    }

    /** A link: the words shown, the address it really opens, and that address's registrable domain. */
    public record LinkDetail(String shownText, String target, String domain) {
        /** Whether the words shown are not simply the target written out. */
        public boolean textDiffers() {
            String a = shownText.strip().toLowerCase(Locale.ROOT);
            String b = target.strip().toLowerCase(Locale.ROOT);
            return !(a.equals(b) || b.equals("http://" + a) || b.equals("https://" + a)
                    || b.equals(a + "/") || b.equals("http://" + a + "/") || b.equals("https://" + a + "/"));
        }
    }

    /** One check from an Authentication-Results header: method (spf, dkim, dmarc...), result, and details. */
    public record AuthCheck(String method, String result, String details) {
    }

    /** An attached file, described but never opened; size -1 when unknown. */
    public record AttachmentDetail(String name, String contentType, long size, boolean inline) {
    }

    /**
     * A phone number found in the text: as written, in international form (E.164), its type as libphonenumber
     * knows it ({@code toll-free}, {@code premium-rate}, {@code mobile}...), and its region code.
     */
    public record PhoneDetail(String written, String e164, String type, String region) {
    }

    /** One Received line: the server it came from, the server that took it, and when. */
    public record Hop(String from, String by, String date) {
    }

    /** One part of a finding's words: where it sits in the visible text and what it says. */
    public record SpanText(int start, int end, String text) {
    }

    /** A finding as a helper sees it: kind id, severity id, its words, and its evidence (still to be worded). */
    public record FindingDetail(int number, String kindId, String severityId, List<SpanText> spans,
                                List<Text> evidence) {
    }

    private static final PhoneNumberUtil PHONE = PhoneNumberUtil.getInstance();
    /** Numbers are looked for in this much text at most, so a huge message stays quick. */
    private static final int PHONE_TEXT_LIMIT = 100_000;
    private static final long PHONE_TRIES = 2_000;
    private static final int MAX_PHONES = 50;
    private static final int MAX_HOPS = 40;
    private static final int MAX_LINKS = 500;
    private static final Pattern HOP_FROM = Pattern.compile("(?i)(?:^|\\s)from\\s+([^\\s;()]{1,255})");
    private static final Pattern HOP_BY = Pattern.compile("(?i)(?:^|\\s)by\\s+([^\\s;()]{1,255})");

    public TechnicalDetails {
        replyTo = List.copyOf(replyTo);
        links = List.copyOf(links);
        authentication = List.copyOf(authentication);
        attachments = List.copyOf(attachments);
        phones = List.copyOf(phones);
        route = List.copyOf(route);
        findings = List.copyOf(findings);
    }

    /** Works out the details of a checked message. Never throws on odd input: unreadable parts are left out. */
    public static TechnicalDetails of(Report report) {
        Email email = report.email();
        Optional<Party> sender = email.from().map(TechnicalDetails::party);
        List<Party> replyTo = email.replyTo().stream().map(TechnicalDetails::party).toList();
        String returnPath = email.header("Return-Path").map(v -> v.replaceAll("[<>\\s]", "")).orElse("");
        return new TechnicalDetails(sender, replyTo, returnPath, links(email), authentication(email),
                attachments(email), phones(email.text()), route(email), findings(report));
    }

    private static Party party(Address a) {
        return new Party(a.displayName(), a.address(), domainOf(a.domain()));
    }

    private static String domainOf(String host) {
        if (host == null || host.isBlank()) {
            return "";
        }
        try {
            String r = DomainNames.registrable(host);
            return r == null || r.isEmpty() ? host : r;
        } catch (RuntimeException e) {
            return host;
        }
    }

    private static List<LinkDetail> links(Email email) {
        List<LinkDetail> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Link l : email.links()) {
            if (out.size() >= MAX_LINKS) {
                break;
            }
            String shown = oneLine(l.shownText());
            String target = oneLine(l.target());
            if (!seen.add(shown + "\u0000" + target)) {
                continue;
            }
            String domain = DomainNames.parseUrl(target).map(u -> domainOf(u.host())).orElse("");
            out.add(new LinkDetail(shown, target, domain));
        }
        return out;
    }

    private static List<AuthCheck> authentication(Email email) {
        List<AuthCheck> out = new ArrayList<>();
        for (String header : email.headerValues("Authentication-Results")) {
            for (AuthenticationResults.Result r : AuthenticationResults.parse(header).results()) {
                String all = r.describe();
                String details = all.length() > r.method().length() + r.result().length() + 1
                        ? all.substring(r.method().length() + r.result().length() + 2) : "";
                out.add(new AuthCheck(r.method(), r.result(), details));
            }
        }
        return out;
    }

    private static List<AttachmentDetail> attachments(Email email) {
        return email.attachments().stream()
                .map((Attachment a) -> new AttachmentDetail(a.name(), a.contentType(), a.size(), a.inline()))
                .toList();
    }

    /** Every valid phone number in the text, each once, with libphonenumber's type and region (default US). */
    static List<PhoneDetail> phones(String text) {
        List<PhoneDetail> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        CharSequence part = text.length() > PHONE_TEXT_LIMIT ? text.substring(0, PHONE_TEXT_LIMIT) : text;
        try {
            for (PhoneNumberMatch m : PHONE.findNumbers(part, "US", PhoneNumberUtil.Leniency.VALID, PHONE_TRIES)) {
                PhoneNumber n = m.number();
                String e164 = PHONE.format(n, PhoneNumberFormat.E164);
                if (!seen.add(e164)) {
                    continue;
                }
                PhoneNumberType type = PHONE.getNumberType(n);
                String region = PHONE.getRegionCodeForNumber(n);
                out.add(new PhoneDetail(m.rawString(), e164, type.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        region == null ? "" : region));
                if (out.size() >= MAX_PHONES) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            // a number libphonenumber cannot handle: keep what was found so far
        }
        return out;
    }

    /** The Received lines in the order the mail travelled: the first server first (headers list it last). */
    private static List<Hop> route(Email email) {
        List<String> received = email.headerValues("Received");
        List<Hop> out = new ArrayList<>();
        for (int i = received.size() - 1; i >= 0 && out.size() < MAX_HOPS; i--) {
            String r = oneLine(received.get(i));
            if (r.length() > 2000) {
                r = r.substring(0, 2000);
            }
            int semi = r.lastIndexOf(';');
            String date = semi >= 0 ? r.substring(semi + 1).strip() : "";
            String head = AuthenticationResults.stripComments(semi >= 0 ? r.substring(0, semi) : r);
            out.add(new Hop(first(HOP_FROM, head), first(HOP_BY, head), date));
        }
        return out;
    }

    private static String first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : "";
    }

    private static List<FindingDetail> findings(Report report) {
        String text = report.email().text();
        List<FindingDetail> out = new ArrayList<>();
        int number = 1;
        for (Finding f : report.findings()) {
            List<SpanText> spans = new ArrayList<>();
            for (Span s : f.spans()) {
                if (s.end() <= text.length()) {
                    spans.add(new SpanText(s.start(), s.end(), s.textOf(text)));
                }
            }
            out.add(new FindingDetail(number++, f.kind().id(), f.severity().id(), spans, f.evidence()));
        }
        return out;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
