package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.PhraseFacts;
import io.scamcheck.knowledge.Phrases;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * unexpected-charge: a bill, renewal or order you did not make, with a way to "cancel" or "dispute" it that
 * leads to the scammers; a refund or overpayment you did not ask for; a parcel held until you pay a small
 * fee.
 *
 * <p>Honest receipts say "your subscription was renewed" too, so a charge is reported only together with a
 * way out ("if you did not make this purchase, call ...", a phone number to cancel). A refund is reported
 * when the message asks you to act to get it (a refund returned to your card asks nothing). Parcel fees are
 * reported on their own. Delivery-fee lures are filed here, not under unusual-payment: the
 * fee is small and paid by card on a fake page, so what the reader must learn is that the charge itself is
 * the trick. "You will not be charged" is not reported.
 */
public final class UnexpectedChargeDetector extends PhraseDetector {
    private final Phrases exits = Phrases.load("charges-exit");
    private final Phrases refunds = Phrases.load("charges-refund");
    private final Phrases claims = Phrases.load("charges-claim");
    private final Phrases fees = Phrases.load("charges-fee");
    private final PhraseFacts facts = PhraseFacts.loadAll("charges-facts");

    public UnexpectedChargeDetector() {
        super(Kind.UNEXPECTED_CHARGE, "charges");
    }

    @Override
    public String name() {
        return "unexpected-charge";
    }

    @Override
    protected List<Span> spans(Analysis analysis, List<Span> matches) {
        String text = analysis.text();
        List<Span> out = new ArrayList<>();
        List<Span> charges = PhraseContext.first(matches).stream().filter(s -> PhraseContext.asserted(analysis, s)).toList();
        if (!charges.isEmpty()) {
            List<Span> ways = analysis.findInSubjectAndBody(exits);
            if (!ways.isEmpty()) {
                out.addAll(charges);
                out.addAll(ways);
            } else if (toHiddenList(analysis)) {
                out.addAll(charges); // a receipt sent to a hidden list of people is nobody's receipt
            }
        }
        List<Span> owed = PhraseContext.first(analysis.findInSubjectAndBody(refunds)).stream()
                .filter(s -> PhraseContext.asserted(analysis, s)).toList();
        if (!owed.isEmpty() && !analysis.findInSubjectAndBody(claims).isEmpty()) {
            out.addAll(owed);
        }
        for (Span s : PhraseContext.first(analysis.findInSubjectAndBody(fees))) {
            if (PhraseContext.asserted(analysis, s)) {
                out.add(s);
            }
        }
        return PhraseContext.merged(out);
    }

    private final MassMailingDetector massMailing = new MassMailingDetector();

    /** Sent to "undisclosed recipients" (every reader got a blind copy), as mass-mailing finds it. */
    private boolean toHiddenList(Analysis analysis) {
        return !massMailing.detect(analysis).isEmpty();
    }

    @Override
    protected boolean refine(Analysis analysis, List<Span> spans, Finding.Builder finding) {
        if (analysis.findInSubjectAndBody(exits).isEmpty() && toHiddenList(analysis)) {
            finding.fact(Text.of("fact.unexpected-charge.hidden-list"));
        }
        var what = facts.matching(PhraseContext.texts(analysis.text(), spans));
        // one fact: the most particular kind of charge
        for (String w : what) {
            finding.fact(Text.of("fact.unexpected-charge." + w));
            break;
        }
        return true;
    }
}
