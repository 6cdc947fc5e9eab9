package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.DomainNames;
import io.scamcheck.model.Address;
import io.scamcheck.model.Email;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code display-name-mismatch}: the name part of the From line shows an email address or a web domain of
 * another owner than the address the message really came from ({@code "service@paypal.com" <x@evil.xyz>}).
 * A plain company name with an unrelated address ({@code "Microsoft Support" <x@random.xyz>}) is
 * brand-impersonation's, not this one's. Mailing lists that rewrite the sender ("Ann via R-help",
 * "'ann@example.com' via Group") are left alone.
 */
public final class DisplayNameMismatchDetector implements Detector {
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+'-]{1,64}@((?:[\\p{L}\\p{N}-]{1,63}\\.){1,8}\\p{L}{2,24})");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?<![\\p{L}\\p{N}@._-])(?:https?://)?((?:[\\p{L}\\p{N}-]{1,63}\\.){1,6}\\p{L}{2,24})"
                    + "(?![\\p{L}\\p{N}@_-]|\\.[\\p{L}\\p{N}])");
    private static final Pattern VIA = Pattern.compile("(?i)\\bvia\\b|\\bon behalf of\\b|\\bim auftrag\\b");

    @Override
    public String name() {
        return "display-name-mismatch";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        Email email = analysis.email();
        Optional<Address> fromOpt = MailFacts.sender(email);
        if (!email.hasHeaders() || fromOpt.isEmpty() || MailFacts.isMailingList(email)) {
            return List.of();
        }
        Address from = fromOpt.get();
        String display = from.displayName();
        String realDomain = from.domain();
        String realOwner = DomainNames.registrable(realDomain);
        if (display.isEmpty() || realOwner.isEmpty() || display.length() > 500 || VIA.matcher(display).find()) {
            return List.of();
        }
        Matcher m = EMAIL.matcher(display);
        while (m.find()) {
            String shown = m.group();
            if (shown.equalsIgnoreCase(from.address())) {
                continue;
            }
            if (DomainNames.registrable(m.group(1)).equals(realOwner)
                    || ReplyToMismatchDetector.sameCompany(analysis, DomainNames.registrable(m.group(1)), realOwner)) {
                continue;
            }
            return List.of(finding(email, from, shown));
        }
        // A web domain alone in the name is how many shops sign ("Amazon.com", "CNET News.com"), so it counts
        // only when it is a known company's domain, or when the real sender is a free webmail account.
        boolean webmail = analysis.knowledge().domainLists().isFreeWebmail(realOwner);
        Matcher d = DOMAIN.matcher(display);
        while (d.find()) {
            String host = d.group(1).toLowerCase(Locale.ROOT);
            if (!DomainNames.hasKnownSuffix(host)) {
                continue;
            }
            String shownOwner = DomainNames.registrable(host);
            String shownLabel = DomainNames.registrableLabel(host);
            if (shownOwner.equals(realOwner) || ReplyToMismatchDetector.sameCompany(analysis, shownOwner, realOwner)
                    || shownLabel.length() < 3 || realOwner.contains(shownLabel)
                    || DomainNames.registrableLabel(realOwner).length() >= 4
                    && shownLabel.contains(DomainNames.registrableLabel(realOwner))) {
                continue; // the same name, or the shop's own mail domain (shop.com, shopmail.com)
            }
            boolean brand = analysis.knowledge().brands().stream().anyMatch(b -> b.owns(shownOwner));
            if (brand || webmail) {
                return List.of(finding(email, from, d.group()));
            }
        }
        return List.of();
    }

    private static Finding finding(Email email, Address from, String shown) {
        Finding.Builder b = Finding.of(Kind.DISPLAY_NAME_MISMATCH);
        MailFacts.inFrom(email, shown).ifPresent(b::span);
        boolean yours = email.to().stream().anyMatch(a -> a.address().equalsIgnoreCase(shown));
        b.fact(Text.of(yours ? "fact.display-name.your-address" : "fact.display-name.shows", shown, from.address()));
        b.evidence(Text.of("evidence.sender.header", "From", MailFacts.clip(email.header("From").orElse(""), 300)));
        return b.build();
    }
}
