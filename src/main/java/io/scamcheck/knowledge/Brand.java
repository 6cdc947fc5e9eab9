package io.scamcheck.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A company that scammers pretend to be: its name as a reader knows it, the words that name it in a message,
 * and the registrable domains it really sends mail from.
 */
public record Brand(String name, Pattern mention, List<String> domains) {

    /** Whether a sender's domain (any subdomain included) belongs to this brand. */
    public boolean owns(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        for (String own : domains) {
            if (d.equals(own) || d.endsWith("." + own)) {
                return true;
            }
        }
        return false;
    }
}
