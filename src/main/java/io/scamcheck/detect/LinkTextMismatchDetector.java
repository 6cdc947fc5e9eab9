package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.Brand;
import io.scamcheck.knowledge.DomainLists;
import io.scamcheck.knowledge.DomainNames;
import io.scamcheck.model.Address;
import io.scamcheck.model.Email;
import io.scamcheck.model.Link;
import io.scamcheck.model.Span;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code link-text-mismatch}: a link whose shown words are themselves a web address (or an email address)
 * of one owner, while the link really leads to another owner's site. Words like "Read more" are not an
 * address and never count. Newsletters pass links through click counters: a known counter or link guard,
 * a redirect that carries the shown address inside it, or the sender's own domain (unless the shown
 * address is a known company's) is not a trick.
 */
public final class LinkTextMismatchDetector implements Detector {
    /** At most this many links are described in the explanation; all are highlighted. */
    static final int MAX_FACTS = 3;
    private static final Pattern SHOWN_URL = Pattern.compile(
            "(?i)(?:(?:https?|ftp)://)?[\\p{L}\\p{N}][\\p{L}\\p{N}.-]{0,250}\\.\\p{L}{2,24}(?::\\d{1,5})?"
                    + "(?:[/?#][^\\s]{0,2000})?");
    private static final Pattern SHOWN_EMAIL = Pattern.compile(
            "(?i)(?:mailto:)?[A-Za-z0-9._%+'-]{1,64}@([\\p{L}\\p{N}.-]{1,250}\\.\\p{L}{2,24})");

    @Override
    public String name() {
        return "link-text-mismatch";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        Email email = analysis.email();
        DomainLists lists = analysis.knowledge().domainLists();
        String fromOwner = MailFacts.sender(email).map(Address::domain).map(DomainNames::registrable).orElse("");
        List<Span> spans = new ArrayList<>();
        Set<String> facts = new LinkedHashSet<>();
        List<Mismatch> pairs = new ArrayList<>();
        boolean brandShown = false;
        for (Link link : email.links()) {
            Optional<String> shownHost = shownHost(link.shownText());
            if (shownHost.isEmpty() || link.shownText().strip().equals(link.target().strip())) {
                continue;
            }
            Optional<String> targetHost = targetHost(link.target());
            if (targetHost.isEmpty()) {
                continue;
            }
            String shown = shownHost.get();
            String target = targetHost.get();
            String shownOwner = DomainNames.registrable(shown);
            String targetOwner = DomainNames.registrable(target);
            if (shownOwner.isEmpty() || targetOwner.isEmpty() || shownOwner.equals(targetOwner)
                    || ReplyToMismatchDetector.sameCompany(analysis, shownOwner, targetOwner)) {
                continue;
            }
            boolean shownIsBrand = ownedByBrand(analysis, shownOwner);
            String path = DomainNames.parseUrl(link.target()).map(DomainNames.Url::path).orElse("");
            if (lists.isClickTracker(target) || lists.isClickTrackerPath(path)
                    || carriesInside(link.target(), shownOwner)) {
                continue;
            }
            if (!shownIsBrand && targetOwner.equals(fromOwner)) {
                continue; // the sender's own click counter
            }
            brandShown |= shownIsBrand;
            spans.add(link.span());
            String pairKey = shownOwner + " " + targetOwner;
            if (facts.add(pairKey)) {
                boolean mail = isMailto(link.target());
                boolean shownMail = SHOWN_EMAIL.matcher(trimmed(link.shownText())).matches();
                pairs.add(new Mismatch(shownMail ? MailFacts.clip(trimmed(link.shownText()), 80) : shown,
                        mail ? MailFacts.clip(mailtoAddress(link.target()), 80) : target, mail));
            }
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        Finding.Builder b = Finding.of(Kind.LINK_TEXT_MISMATCH)
                .severity(brandShown ? Severity.DANGER : Severity.WARNING).spans(spans);
        for (Mismatch m : pairs.subList(0, Math.min(pairs.size(), MAX_FACTS))) {
            b.fact(Text.of(m.mail() ? "fact.link-text.writes-elsewhere" : "fact.link-text.leads-elsewhere",
                    m.shown(), m.target()));
        }
        int n = 0;
        for (Link link : email.links()) {
            if (spans.contains(link.span()) && n++ < 10) {
                b.evidence(Text.of("evidence.link.target", MailFacts.clip(link.shownText(), 120),
                        MailFacts.clip(link.target(), 300)));
            }
        }
        return List.of(b.build());
    }

    /** What a link shows and where it really leads (a host, or the address a mailto: link writes to). */
    private record Mismatch(String shown, String target, boolean mail) {
    }

    /** Shown words without the brackets, quotes and punctuation around them. */
    private static String trimmed(String shownText) {
        String s = shownText == null ? "" : shownText.strip();
        while (!s.isEmpty() && "<>[]()\"'.,;:!".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        while (!s.isEmpty() && "<>[]()\"'".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        return s;
    }

    private static boolean isMailto(String target) {
        return target != null && target.strip().regionMatches(true, 0, "mailto:", 0, 7);
    }

    private static String mailtoAddress(String target) {
        String addr = target.strip().substring(7);
        int q = addr.indexOf('?');
        return q >= 0 ? addr.substring(0, q) : addr;
    }

    /** Endings of picture files: a picture's address shown as words is not a claim about where a link goes. */
    private static final Pattern PICTURE = Pattern.compile("(?i).*\\.(?:png|jpe?g|gif|webp|bmp|svg)$");

    /** The host a link's shown words present as the destination, when the words are a web or mail address. */
    static Optional<String> shownHost(String shownText) {
        if (shownText == null) {
            return Optional.empty();
        }
        String s = trimmed(shownText);
        if (s.isEmpty() || s.length() > 2300 || PICTURE.matcher(s).matches()) {
            return Optional.empty();
        }
        var em = SHOWN_EMAIL.matcher(s);
        if (em.matches()) {
            String host = DomainNames.normalizeHost(em.group(1));
            return DomainNames.hasKnownSuffix(host) ? Optional.of(host) : Optional.empty();
        }
        if (!SHOWN_URL.matcher(s).matches()) {
            return Optional.empty();
        }
        return DomainNames.parseUrl(s).map(DomainNames.Url::host)
                .filter(h -> DomainNames.hasKnownSuffix(h) || DomainNames.isIpAddress(h));
    }

    /** The host a link really opens: a web address's host, or the domain of a mailto: address. */
    static Optional<String> targetHost(String target) {
        String t = target == null ? "" : target.strip();
        if (isMailto(t)) {
            String addr = mailtoAddress(t);
            int at = addr.lastIndexOf('@');
            return at < 0 ? Optional.empty() : Optional.of(DomainNames.normalizeHost(addr.substring(at + 1)))
                    .filter(DomainNames::hasKnownSuffix);
        }
        return DomainNames.parseUrl(t).filter(DomainNames.Url::isWeb).map(DomainNames.Url::host)
                .filter(h -> DomainNames.hasKnownSuffix(h) || DomainNames.isIpAddress(h));
    }

    /** Whether a redirect carries the shown owner's address inside it (?url=https%3A%2F%2Fshop.com...). */
    private static boolean carriesInside(String target, String shownOwner) {
        String t = DomainNames.parseUrl(target).map(DomainNames.Url::path).orElse("").toLowerCase(Locale.ROOT);
        if (t.contains(shownOwner)) {
            return true;
        }
        try {
            return URLDecoder.decode(t, StandardCharsets.UTF_8).contains(shownOwner);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean ownedByBrand(Analysis analysis, String owner) {
        for (Brand brand : analysis.knowledge().brands()) {
            if (brand.owns(owner)) {
                return true;
            }
        }
        return false;
    }
}
