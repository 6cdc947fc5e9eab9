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
public final class DisplayNameMismatchDetector extends SenderDetector {
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
    protected List<Finding> detect(Analysis analysis, Email email, Address from) {
        String display = from.displayName();
        String realDomain = from.domain();
        Optional<Finding> bracketed = addressOnlyInBrackets(email, from);
        if (bracketed.isPresent()) {
            return List.of(bracketed.get());
        }
        if (brokenDomain(realDomain, email.header("From").orElse("")) && !display.isBlank() && display.length() <= 200
                && !MailFacts.isDeliveryReport(email)) {
            return List.of(other(email, from, "fact.display-name.broken-address", display));
        }
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
        // A known company's name in front of a stranger's address is brand-impersonation's: one fact, one sign.
        if (analysis.knowledge().brands().stream().anyMatch(b -> b.mention().matcher(display).find())) {
            return List.of();
        }
        if (randomLooking(from.localPart()) && !related(display, from) && !webmail) {
            return List.of(other(email, from, "fact.display-name.random-address", display));
        }
        if (!webmail && companyName(display) && !related(display, from) && !trackingAddress(from.localPart())
                && analysis.knowledge().brands().stream().noneMatch(b -> b.owns(realOwner))) {
            return List.of(other(email, from, "fact.display-name.other-company", display));
        }
        Optional<String> dangling = danglingName(email.header("From").orElse(""));
        if (dangling.isPresent() && !webmail && !related(dangling.get() + " " + display, from)) {
            return List.of(other(email, from, "fact.display-name.split-name", dangling.get(), dangling.get()));
        }
        return List.of();
    }

    /**
     * An address inside brackets at the end of a From line: {@code Name,(<ann@example.org>)} (intake may hand
     * the brackets on in quotes).
     */
    private static final Pattern BRACKETED = Pattern.compile(
            "\"?\\(\\s{0,3}<?\\s{0,3}([^()<>@\\s\"]{1,64}@[^()<>@\\s\"]{1,200}?)\\s{0,3}>?\\s{0,3}\\)\"?\\s{0,3}$");

    /**
     * A From line whose only address is written inside brackets ({@code Solar Expert,(<news@shop.example>)}).
     * Brackets hold a note, not an address: by the rules of mail the line names a sender with no address
     * at all, and mail programs show the name, often with the bracketed address beside it as if it were the
     * sender's. Nothing about that address was checked.
     */
    private static Optional<Finding> addressOnlyInBrackets(Email email, Address from) {
        String line = email.header("From").orElse("");
        if (from.address().indexOf('@') >= 0 || line.length() > 300) {
            return Optional.empty();
        }
        Matcher m = BRACKETED.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = line.substring(0, m.start()).replaceAll("[\\s,;_\"']+$", "").replaceAll("^[\\s\"']+", "");
        if (name.codePoints().filter(Character::isLetter).count() < 3) {
            return Optional.empty();
        }
        Finding.Builder b = Finding.of(Kind.DISPLAY_NAME_MISMATCH);
        MailFacts.inFrom(email, m.group(1)).or(() -> MailFacts.fromSpan(email)).ifPresent(b::span);
        b.title(Text.of("display-name.name-not-address.title"))
                .explanation(Text.of("fact.display-name.address-in-brackets", MailFacts.clip(name, 80), m.group(1)));
        b.evidence(Text.of("evidence.sender.header", "From", MailFacts.clip(line, 300)));
        return Optional.of(b.build());
    }

    /**
     * The words in front of an unquoted comma in a From line that then names a sender of its own
     * ({@code Lonely tonight, xq <service@club.example>}). Strictly, such a line holds two senders, the first
     * with no address; mail programs show those words as the sender's name. A program that writes a sender
     * line puts quotes round a name with a comma ({@code "Lee, Ann" <ann@example.org>}), so only a line typed
     * by hand, to make the shown name differ from the sender, looks like this.
     */
    static Optional<String> danglingName(String fromLine) {
        List<Address> parts = io.scamcheck.model.Addresses.parse(fromLine);
        if (parts.size() != 2 || fromLine.length() > 300) {
            return Optional.empty();
        }
        Address first = parts.get(0);
        Address second = parts.get(1);
        String name = first.displayName().isEmpty() ? first.address() : first.displayName();
        boolean firstHasAddress = first.address().indexOf('@') >= 0;
        boolean secondHasName = second.displayName().codePoints().anyMatch(Character::isLetterOrDigit);
        if (firstHasAddress || !secondHasName || second.address().indexOf('@') <= 0
                || name.codePoints().filter(Character::isLetter).count() < 3) {
            return Optional.empty();
        }
        if (PERSON_NAME.matcher(name.strip()).matches() && FIRST_NAME.matcher(second.displayName().strip()).lookingAt()) {
            // "Lee, Ann" or "Lee, Ann (Tickets)": a last name, then a first name, from an old or careless program
            return Optional.empty();
        }
        return Optional.of(name.strip());
    }

    /** One to three capitalised words, as in a person's name ("Lee", "Mary Ann", "O'Neil Jr."). */
    private static final Pattern FIRST_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]{0,30}(?![\\p{L}\\p{N}])");
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]{0,30}(?: \\p{Lu}[\\p{L}'’.-]{0,30}){0,2}");

    /** Words that make a display name a company's or a service's ("Home Insurance Team", "Safety Alerts"). */
    private static final java.util.Set<String> COMPANY_WORDS = java.util.Set.of("team", "services", "service",
            "support", "center", "centre", "department", "dept", "alerts", "alert", "offer", "offers", "rewards",
            "shop", "store", "insurance", "protection", "experts", "masters", "security", "safety", "helpdesk",
            "billing", "claims", "notifications", "notification", "customer", "membership", "solutions",
            "bulletin", "dispatch", "upgrade", "coverage", "treatment", "wallet", "exchange", "bank", "deals",
            "savings", "benefits", "program", "news", "official", "club", "health", "finance", "lending", "loans",
            "medicare", "singles", "dating", "casino", "outlet", "sale", "warranty", "pharmacy");
    /** The same in Dutch, where a company word is often the end of a longer word ("klantenservice", "actieteam"). */
    private static final java.util.Set<String> DUTCH_COMPANY_WORDS = java.util.Set.of("klantenservice",
            "klantendienst", "dienst", "centrum", "collectief", "loket", "afdeling", "winkel", "verzekering",
            "verzekeringen", "zorg", "actie", "acties", "aanbieding", "aanbiedingen", "voordeel", "beveiliging");
    private static final List<String> DUTCH_COMPANY_ENDINGS = List.of("service", "dienst", "centrum", "team",
            "collectief", "loket", "winkel", "verzekering", "verzekeringen");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    private static boolean companyWord(String w) {
        if (COMPANY_WORDS.contains(w) || DUTCH_COMPANY_WORDS.contains(w)) {
            return true;
        }
        if (w.length() < 8) {
            return false;
        }
        for (String end : DUTCH_COMPANY_ENDINGS) {
            if (w.endsWith(end) && w.length() >= end.length() + 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name made of a company word and at least one other word ("Property Protection Services"), not a
     * person's name and not a bare role ("Customer Service").
     */
    private static boolean companyName(String display) {
        if (display.length() > 80 || display.indexOf('@') >= 0) {
            return false;
        }
        Matcher w = NAME_WORD.matcher(display.toLowerCase(Locale.ROOT));
        boolean company = false;
        boolean other = false;
        int words = 0;
        while (w.find()) {
            words++;
            if (companyWord(w.group())) {
                company = true;
            } else if (w.group().length() >= 3) {
                other = true;
            }
        }
        return company && other && words <= 8;
    }

    /** Mixed case that is not words with capitals ("JSmith", "DeepEddy", "HPang" are words; "kuHzvQf" is not). */
    private static final Pattern CAPITALISED_WORDS = Pattern.compile("[A-Z]{0,3}[a-z]*(?:[A-Z][a-z]{2,})*[A-Z]?");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]{5,24}");
    /** Letters and digits shuffled together: at least two runs of digits inside letters (tghset2a8xww). */
    private static final Pattern SHUFFLED = Pattern.compile("[a-z]{1,8}\\d{1,3}[a-z]{1,8}\\d{1,3}[a-z]{1,8}\\d{0,3}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    /**
     * A local part no person or company would choose: letters in random case ("kuHzvQf", "UaOStEavCWJKtSX"), or
     * letters and digits shuffled together ("ubvk1ad35rb3"). Bulk senders make a new one for every message so
     * that filters cannot learn it.
     */
    static boolean randomLooking(String local) {
        if (local.length() > 24) {
            return false;
        }
        if (LETTERS.matcher(local).matches()) {
            long upper = local.chars().filter(Character::isUpperCase).count();
            long lower = local.length() - upper;
            return upper >= 2 && lower >= 2 && !CAPITALISED_WORDS.matcher(local).matches();
        }
        return local.length() >= 9 && SHUFFLED.matcher(local).matches();
    }

    /** Whether a word of the display name appears in the address, or the address's name in the display name. */
    private static boolean related(String display, Address from) {
        String address = from.address().toLowerCase(Locale.ROOT);
        String squashed = display.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        Matcher w = WORD.matcher(display.toLowerCase(Locale.ROOT));
        while (w.find()) {
            if (address.contains(w.group())) {
                return true;
            }
        }
        String local = from.localPart().toLowerCase(Locale.ROOT);
        if (local.length() >= 4 && squashed.contains(local)) {
            return true;
        }
        // initials: "Red Hat Network Alert" <rhn-admin@rhn.example>
        StringBuilder initials = new StringBuilder();
        Matcher n = NAME_WORD.matcher(display.toLowerCase(Locale.ROOT));
        while (n.find()) {
            if (!companyWord(n.group())) {
                initials.append(n.group().charAt(0));
            }
        }
        return initials.length() >= 3 && address.contains(initials);
    }

    /**
     * A newsletter's tracking address ("Online#3.19976.19-ZxCp...", "bounce-4527182"): a mailing service makes
     * one per reader to count bounces. Scam senders rarely bother.
     */
    private static boolean trackingAddress(String local) {
        return local.indexOf('#') >= 0 || local.indexOf('=') >= 0
                || local.chars().filter(Character::isDigit).count() >= 4 && !ACCOUNT_NUMBER.matcher(local).matches();
    }

    /**
     * One or two letters and a number ("s404467", "ab20231"): the user name of a school or company account,
     * not a mailing service's counter (those mix in dots, dashes or more letters). Bulk mail sent from a
     * taken-over account of this kind is common.
     */
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[A-Za-z]{1,2}\\d{4,10}");

    /**
     * A domain that no mail system sends from: no dot ("aaa", "ledger"), or stray signs ("'shop.com",
     * "shop,com"). Only for a From line with one address in it: mail archives write addresses in a scrambled
     * form on purpose ("ann @end|ng |rom gm@||@com"), which is not a broken sender.
     */
    static boolean brokenDomain(String domain, String fromLine) {
        if (domain.isEmpty() || fromLine.indexOf('@') != fromLine.lastIndexOf('@') || fromLine.indexOf('|') >= 0) {
            return false;
        }
        int dot = domain.lastIndexOf('.');
        if (dot <= 0 || dot == domain.length() - 1) {
            return true;
        }
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
                return true;
            }
        }
        return false;
    }

    private static Finding other(Email email, Address from, String factKey, String display) {
        return other(email, from, factKey, display, from.address());
    }

    /** As above, with the words to highlight in the From line ({@code onWords}; the whole line if not found). */
    private static Finding other(Email email, Address from, String factKey, String display, String onWords) {
        Finding.Builder b = Finding.of(Kind.DISPLAY_NAME_MISMATCH);
        MailFacts.inFrom(email, onWords).or(() -> MailFacts.fromSpan(email)).ifPresent(b::span);
        // The standard words speak of an address shown in the name; here the name is a company's name.
        b.title(Text.of("display-name.name-not-address.title"))
                .explanation(Text.of(factKey, MailFacts.clip(display.strip(), 80), from.address()));
        b.evidence(Text.of("evidence.sender.header", "From", MailFacts.clip(email.header("From").orElse(""), 300)));
        return b.build();
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
