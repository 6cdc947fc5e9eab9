package io.scamcheck.detect;

import io.scamcheck.model.Address;
import io.scamcheck.model.Addresses;
import io.scamcheck.model.Email;
import io.scamcheck.model.Span;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Small facts about a message's headers and where words sit in its visible text, shared by detectors. */
final class MailFacts {
    private MailFacts() {
    }

    /**
     * Whether the message came through a mailing list. Lists set Reply-To to the list, rewrite the sender's
     * name ("Ann via R-help") and change the body, which breaks signatures: none of that is a trick there.
     */
    static boolean isMailingList(Email email) {
        if (email.header("List-Id").isPresent() || email.header("List-Post").isPresent()
                || email.header("Mailing-List").isPresent() || email.header("X-Mailing-List").isPresent()) {
            return true;
        }
        return email.header("Precedence").map(p -> p.strip().toLowerCase(Locale.ROOT).equals("list"))
                .orElse(false);
    }

    /** A delivery report (a bounce): multipart/report, or sent by the mail system itself. */
    static boolean isDeliveryReport(Email email) {
        String type = email.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/report")) {
            return true;
        }
        String sender = sender(email).map(Address::localPart).orElse("").toLowerCase(Locale.ROOT);
        return sender.equals("mailer-daemon") || sender.equals("postmaster");
    }

    /**
     * The sender as a mail program would show it, even from a broken From line: scam mail writes things like
     * {@code Facebook ,_<x@example.com>}, which a strict reading splits at the comma into a name with no
     * address. The first part with an address is the sender; words before it with no address of their own
     * are its name.
     */
    static Optional<Address> sender(Email email) {
        Optional<String> value = email.header("From");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        List<Address> parts = Addresses.parse(value.get());
        StringBuilder name = new StringBuilder();
        for (Address a : parts) {
            if (a.address().indexOf('@') > 0) {
                boolean noName = a.displayName().codePoints().noneMatch(Character::isLetterOrDigit);
                if (noName && name.length() > 0) {
                    return Optional.of(new Address(name.toString().replaceAll("[\\s,;_]+$", ""), a.address()));
                }
                return Optional.of(a);
            }
            if (name.length() > 0) {
                name.append(", ");
            }
            name.append(a.displayName().isEmpty() ? a.address() : a.displayName());
        }
        return parts.stream().findFirst();
    }

    /** The value of the shown From line. */
    static Optional<Span> fromSpan(Email email) {
        return email.headerSpan("From");
    }

    /** Where {@code needle} first appears (ignoring case) inside {@code within}; empty when it does not. */
    static Optional<Span> find(Email email, Span within, String needle) {
        if (needle == null || needle.isEmpty()) {
            return Optional.empty();
        }
        String text = email.text();
        int end = Math.min(within.end(), text.length());
        for (int i = within.start(); i + needle.length() <= end; i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return Optional.of(new Span(i, i + needle.length()));
            }
        }
        return Optional.empty();
    }

    /** The From line span narrowed to the given words (the domain, say), or the whole value. */
    static Optional<Span> inFrom(Email email, String needle) {
        return fromSpan(email).map(s -> find(email, s, needle).orElse(s));
    }

    /** A value cut to a readable length for evidence. */
    static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }
}
