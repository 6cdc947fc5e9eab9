package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.model.Address;
import io.scamcheck.model.Span;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * sent-from-your-account: the writer says this email came from your own account, as proof that they broke
 * in. The sender line of an email is typed by whoever sends it, like the return address on an envelope, so
 * it proves nothing. When the message's sender line does show the reader's own address, that is added.
 */
public final class SentFromYourAccountDetector extends PhraseDetector {

    public SentFromYourAccountDetector() {
        super(Kind.SENT_FROM_YOUR_ACCOUNT, "sent-from-account");
    }

    @Override
    public String name() {
        return "sent-from-your-account";
    }

    /** Only the matches said as a claim, not told about in a warning or a quote. */
    @Override
    protected List<Span> spans(Analysis analysis, List<Span> matches) {
        return matches.stream().filter(m -> claimed(analysis, m)).toList();
    }

    private static boolean claimed(Analysis analysis, Span match) {
        return !Sentences.isReported(analysis, match);
    }

    @Override
    protected boolean refine(Analysis analysis, List<Span> spans, Finding.Builder finding) {
        ownAddressAsSender(analysis).ifPresent(a -> {
            finding.fact(Text.of("fact.sent-from-your-account.same-address"));
            finding.evidence(Text.of("evidence.sent-from-your-account.same-address", a));
            analysis.email().headerSpan("From").ifPresent(finding::span);
        });
        return true;
    }

    /** The address when the From line and a To line show the same one. */
    static Optional<String> ownAddressAsSender(Analysis analysis) {
        Optional<Address> from = analysis.email().from();
        if (from.isEmpty() || from.get().address().isBlank()) {
            return Optional.empty();
        }
        String f = from.get().address().toLowerCase(Locale.ROOT);
        return analysis.email().to().stream()
                .map(a -> a.address().toLowerCase(Locale.ROOT))
                .filter(f::equals)
                .findFirst();
    }
}
