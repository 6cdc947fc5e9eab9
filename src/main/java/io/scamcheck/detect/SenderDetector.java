package io.scamcheck.detect;

import io.scamcheck.model.Address;
import io.scamcheck.model.Email;

import java.util.List;
import java.util.Optional;

/**
 * The shape shared by detectors that judge the sender's lines (From, Reply-To, To): they read only a message
 * that has headers, names a sender and did not come through a mailing list (lists rewrite those lines, which
 * is normal there).
 */
public abstract class SenderDetector implements Detector {

    @Override
    public final List<Finding> detect(Analysis analysis) {
        Email email = analysis.email();
        Optional<Address> from = MailFacts.sender(email);
        if (!email.hasHeaders() || from.isEmpty() || MailFacts.isMailingList(email)) {
            return List.of();
        }
        return detect(analysis, email, from.get());
    }

    /** The findings for a message from {@code from}, the sender as a mail program shows it. */
    protected abstract List<Finding> detect(Analysis analysis, Email email, Address from);
}
