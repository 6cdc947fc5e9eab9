package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.Brand;
import io.scamcheck.knowledge.DomainLists;
import io.scamcheck.knowledge.DomainNames;
import io.scamcheck.model.Address;
import io.scamcheck.model.Addresses;
import io.scamcheck.model.Email;
import io.scamcheck.model.Span;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code reply-to-mismatch}: an answer would go to a different owner than the one the message says it is
 * from. Strongest when replies go to a free webmail account while the sender is a company, or to another
 * person's webmail account. Mailing lists set Reply-To to the list, which is normal: not there.
 * A company's own domains (one brand, or one name under two endings) count as the same owner.
 */
public final class ReplyToMismatchDetector extends SenderDetector {

    @Override
    public String name() {
        return "reply-to-mismatch";
    }

    @Override
    protected List<Finding> detect(Analysis analysis, Email email, Address from) {
        String fromAddress = from.address().toLowerCase(Locale.ROOT);
        String fromOwner = DomainNames.registrable(from.domain());
        if (fromOwner.isEmpty()) {
            return List.of();
        }
        DomainLists lists = analysis.knowledge().domainLists();
        boolean fromWebmail = lists.isFreeWebmail(fromOwner);
        Set<String> recipients = new HashSet<>();
        for (String h : List.of("To", "Cc")) {
            email.header(h).ifPresent(v -> Addresses.parse(v)
                    .forEach(a -> recipients.add(a.address().toLowerCase(Locale.ROOT))));
        }
        for (Address reply : email.replyTo()) {
            String replyAddress = reply.address().toLowerCase(Locale.ROOT);
            String replyOwner = DomainNames.registrable(reply.domain());
            if (replyOwner.isEmpty() || replyAddress.equals(fromAddress)) {
                continue;
            }
            if (recipients.contains(replyAddress)) {
                continue; // replies go to a group the message was openly sent to (a list, a team)
            }
            boolean replyWebmail = lists.isFreeWebmail(replyOwner);
            Severity severity;
            if (replyOwner.equals(fromOwner) || sameCompany(analysis, fromOwner, replyOwner)) {
                if (!replyWebmail || sameLocalPart(from, reply)) {
                    continue; // the same company, or the same person's webmail
                }
                severity = Severity.WARNING; // another person's account at the same webmail service
            } else if (replyWebmail) {
                severity = fromWebmail && sameLocalPart(from, reply) ? Severity.CAUTION : Severity.WARNING;
            } else {
                severity = Severity.CAUTION; // another company's domain: a help desk or a mail service, or not
            }
            Finding.Builder b = Finding.of(Kind.REPLY_TO_MISMATCH).severity(severity);
            MailFacts.fromSpan(email).ifPresent(b::span);
            b.fact(Text.of("fact.reply-to.goes-elsewhere", from.address(), reply.address()));
            if (replyWebmail && !fromWebmail) {
                b.fact(Text.of("fact.reply-to.webmail", reply.domain()));
            } else if (replyWebmail) {
                b.fact(Text.of("fact.reply-to.other-webmail", reply.address()));
            }
            b.evidence(Text.of("evidence.sender.header", "From", MailFacts.clip(email.header("From").orElse(""), 300)));
            b.evidence(Text.of("evidence.sender.header", "Reply-To",
                    MailFacts.clip(email.header("Reply-To").orElse(""), 300)));
            return List.of(b.build());
        }
        return bodyAddress(analysis, from, fromOwner, lists);
    }

    /** "Write at ann123@gmail.com", "Email me for details: x@yahoo.com": the answer asked for elsewhere. */
    private static final Pattern WRITE_TO = Pattern.compile(
            "(?i)\\b(?:write|e-?mail|mail|contact|reach|reply|respond|answer|message|send (?:it|them|your (?:reply|answer|details|information)|me (?:an? )?(?:e-?mail|message|note)))"
                    + "(?: (?:back|directly|privately|only))?(?: (?:to|at|on|via|through))?(?: (?:me|us))?(?: (?:directly|privately|only|for (?:more )?details|for more information))?"
                    + "(?: (?:at|on|via|through|to))?(?: (?:my|our) (?:private |personal |direct )?(?:e-?mail|address|e-?mail address))?"
                    + "[ \\t]{0,3}:?[ \\t\\n]{0,3}<?([A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,5}))");

    private static List<Finding> bodyAddress(Analysis analysis, Address from, String fromOwner, DomainLists lists) {
        String text = analysis.text();
        int start = analysis.email().bodyStart();
        Matcher m = WRITE_TO.matcher(text);
        m.region(start, Math.min(text.length(), start + 20_000));
        boolean fromWebmail = lists.isFreeWebmail(fromOwner);
        while (m.find()) {
            String shown = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            String owner = DomainNames.registrable(m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
            if (owner.isEmpty() || !lists.isFreeWebmail(owner) || shown.equalsIgnoreCase(from.address())) {
                continue;
            }
            Address other = new Address("", shown);
            if (sameLocalPart(from, other) || namesSender(from, other.localPart())) {
                continue; // the same person's other account
            }
            Finding.Builder b = Finding.of(Kind.REPLY_TO_MISMATCH).severity(Severity.WARNING)
                    .span(new Span(m.start(), m.end()));
            b.fact(Text.of("fact.reply-to.body-address", from.address(), shown));
            if (!fromWebmail) {
                b.fact(Text.of("fact.reply-to.webmail", other.domain()));
            }
            b.evidence(Text.of("evidence.sender.header", "From",
                    MailFacts.clip(analysis.email().header("From").orElse(""), 300)));
            return List.of(b.build());
        }
        return List.of();
    }

    /** Whether a word of the sender's name (3 letters or more) is in the other address ("Ann Lee", annlee7@). */
    private static boolean namesSender(Address from, String local) {
        String l = local.toLowerCase(Locale.ROOT);
        for (String w : from.displayName().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 3 && l.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLocalPart(Address a, Address b) {
        String x = a.localPart().toLowerCase(Locale.ROOT).replace(".", "");
        String y = b.localPart().toLowerCase(Locale.ROOT).replace(".", "");
        return !x.isEmpty() && x.equals(y);
    }

    /** One company under two names: one brand owns both, or one name under two endings (shop.com, shop.de). */
    static boolean sameCompany(Analysis analysis, String ownerA, String ownerB) {
        String labelA = DomainNames.registrableLabel(ownerA);
        if (!labelA.isEmpty() && labelA.equals(DomainNames.registrableLabel(ownerB))
                && !analysis.knowledge().domainLists().isFreeWebmail(ownerA)) {
            return true;
        }
        for (Brand brand : analysis.knowledge().brands()) {
            if (brand.owns(ownerA) && brand.owns(ownerB)) {
                return true;
            }
        }
        return false;
    }
}
