package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.model.Address;
import io.scamcheck.model.Addresses;
import io.scamcheck.model.Email;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code mass-mailing} (a weak sign, for a helper): the message was sent to a hidden list. The To line says
 * "undisclosed recipients", names nobody, is missing from a delivered message, or names only the sender
 * itself, so every reader got a blind copy. Mailing lists are not hidden lists: not there.
 * (Comparing the mailbox it was delivered to with the To line is not done: aliases, forwarding and
 * plus-addresses make that wrong too often.)
 */
public final class MassMailingDetector extends SenderDetector {
    private static final Pattern HIDDEN = Pattern.compile(
            "(?i)undisclosed|recipient list (?:not shown|suppressed)|unlisted-recipients|verborgene empf");

    @Override
    public String name() {
        return "mass-mailing";
    }

    @Override
    protected List<Finding> detect(Analysis analysis, Email email, Address from) {
        Optional<String> to = email.header("To");
        if (to.isEmpty() && email.header("Received").isEmpty()) {
            return List.of(); // a copy saved from an archive or a draft, not a delivered message
        }
        String toValue = to.orElse("").strip();
        List<Address> shown = new ArrayList<>(Addresses.parse(toValue));
        email.header("Cc").ifPresent(cc -> shown.addAll(Addresses.parse(cc)));
        List<Address> real = shown.stream().filter(a -> a.address().contains("@")).toList();
        String fact;
        if (toValue.isEmpty() || HIDDEN.matcher(toValue).find() || real.isEmpty()) {
            fact = "fact.mass-mailing.hidden-list";
        } else if (real.stream().allMatch(a -> a.address().equalsIgnoreCase(from.address()))) {
            fact = "fact.mass-mailing.to-sender";
        } else {
            return List.of();
        }
        Finding.Builder b = Finding.of(Kind.MASS_MAILING);
        email.headerSpan("To").filter(s -> s.length() > 0).ifPresent(b::span);
        b.fact(Text.of(fact));
        b.evidence(Text.of("evidence.sender.header", "To",
                toValue.isEmpty() ? "-" : MailFacts.clip(toValue, 200)));
        return List.of(b.build());
    }
}
