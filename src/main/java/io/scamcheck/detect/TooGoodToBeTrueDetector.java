package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.PhraseFacts;
import io.scamcheck.knowledge.Phrases;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * too-good-to-be-true: prizes you never entered for, lotteries, inheritances and donations from strangers,
 * huge sums of money, free gifts for a short survey, free coins, investments with guaranteed profit.
 *
 * <p>A huge sum on its own is news ("NPR reported 100 million dollars"); it counts when the same sentence
 * offers it to you ("to you", "your share"). A free gift for a short survey is only a faint sign on its own,
 * since honest shops run surveys with prize draws too. The facts shown say why each kind of windfall does not
 * happen.
 */
public final class TooGoodToBeTrueDetector extends PhraseDetector {
    private static final int MAX_FACTS = 2;

    private final Phrases sums = Phrases.load("windfall-sums");
    private final Phrases weak = Phrases.load("windfall-weak");
    private final Phrases you = Phrases.load("windfall-you");
    private final Phrases sender = Phrases.load("windfall-sender");
    private final PhraseFacts facts = PhraseFacts.loadAll("windfall-facts");

    public TooGoodToBeTrueDetector() {
        super(Kind.TOO_GOOD_TO_BE_TRUE, "windfall");
    }

    @Override
    public String name() {
        return "too-good-to-be-true";
    }

    @Override
    protected List<Span> spans(Analysis analysis, List<Span> matches) {
        String text = analysis.text();
        List<Span> out = new ArrayList<>();
        for (Span s : PhraseContext.first(matches)) {
            if (PhraseContext.asserted(analysis, s)) {
                out.add(s);
            }
        }
        for (Span s : PhraseContext.first(analysis.findInSubjectAndBody(weak))) {
            if (PhraseContext.asserted(analysis, s)) {
                out.add(s);
            }
        }
        for (Span s : PhraseContext.first(analysis.findInSubjectAndBody(sums))) {
            if (PhraseContext.inSentence(text, s, analysis.pattern(you)) && PhraseContext.asserted(analysis, s)) {
                out.add(s);
            }
        }
        analysis.email().headerSpan("From").ifPresent(f -> out.addAll(analysis.find(sender, f.start(), f.end())));
        return PhraseContext.merged(out);
    }

    @Override
    protected boolean refine(Analysis analysis, List<Span> spans, Finding.Builder finding) {
        java.util.Set<Span> faint = new java.util.HashSet<>(analysis.findInSubjectAndBody(weak));
        if (faint.containsAll(spans)) {
            // only a survey with a prize, which honest shops send too
            finding.severity(Severity.CAUTION);
        }
        int n = 0;
        for (String w : facts.matching(PhraseContext.texts(analysis.text(), spans))) {
            if (n++ == MAX_FACTS) {
                break;
            }
            finding.fact(Text.of("fact.too-good-to-be-true." + w));
        }
        return true;
    }
}
