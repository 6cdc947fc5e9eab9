package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.Brand;
import io.scamcheck.knowledge.DomainLists;
import io.scamcheck.knowledge.DomainNames;
import io.scamcheck.model.Address;
import io.scamcheck.model.Addresses;
import io.scamcheck.model.Email;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code reply-to-mismatch}: an answer would go to a different owner than the one the message says it is
 * from. Strongest when replies go to a free webmail account while the sender is a company, or to another
 * person's webmail account. Mailing lists set Reply-To to the list, which is normal: not there.
 * A company's own domains (one brand, or one name under two endings) count as the same owner.
 */
public final class ReplyToMismatchDetector implements Detector {

    @Override
    public String name() {
        return "reply-to-mismatch";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        Email email = analysis.email();
        Optional<Address> fromOpt = MailFacts.sender(email);
        if (!email.hasHeaders() || fromOpt.isEmpty() || MailFacts.isMailingList(email)) {
            return List.of();
        }
        Address from = fromOpt.get();
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
        return List.of();
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
