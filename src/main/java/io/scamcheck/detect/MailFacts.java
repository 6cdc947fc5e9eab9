package io.scamcheck.detect;

import io.scamcheck.model.Email;
import io.scamcheck.model.Span;

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
