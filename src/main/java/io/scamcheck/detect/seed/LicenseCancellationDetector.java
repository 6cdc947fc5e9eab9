package io.scamcheck.detect.seed;

import io.scamcheck.detect.Analysis;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.detect.PhraseDetector;
import io.scamcheck.i18n.Text;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Says the reader's Windows, Office or antivirus license is cancelled, suspended or expired, or that the
 * computer will stop working ("For now we are Cancelling your Windows License"). Microsoft does not cancel
 * Windows by email, and a computer does not stop because an email says so.
 *
 * <p>Words come from {@code phrases/license-cancellation.en.txt}. A planned change announced by an employer's
 * IT team ("your Office license will be removed when you leave") is not a threat: a match followed in the same
 * sentence by "when you", "once you" or "after you" is dropped.
 */
public final class LicenseCancellationDetector extends PhraseDetector {
    private static final Pattern PLANNED = Pattern.compile(
            "(?i)\\b(?:when|once|after)\\s{1,3}(?:you|your\\s{1,3}(?:contract|employment|job|account))\\b"
                    + "|\\bon\\s{1,3}your\\s{1,3}last\\s{1,3}day\\b");
    private static final Pattern MICROSOFT = Pattern.compile("(?i)\\b(?:windows|microsoft|office|MS)\\b");

    public LicenseCancellationDetector() {
        super(Kind.LICENSE_CANCELLATION, "license-cancellation");
    }

    @Override
    public String name() {
        return "license-cancellation";
    }

    @Override
    protected List<Span> spans(Analysis analysis, List<Span> matches) {
        String text = analysis.text();
        List<Span> kept = new ArrayList<>();
        for (Span s : matches) {
            if (!Context.startsWord(text, s.start())) {
                continue;
            }
            int end = Context.sentenceEnd(text, s.end(), 160);
            if (Context.has(PLANNED, text, s.end(), end)) {
                continue;
            }
            kept.add(s);
        }
        return kept;
    }

    @Override
    protected boolean refine(Analysis analysis, List<Span> kept, Finding.Builder b) {
        boolean microsoft = kept.stream().anyMatch(s -> MICROSOFT.matcher(analysis.textOf(s)).find());
        if (microsoft) {
            b.fact(Text.of("fact.license.microsoft"));
        }
        String all = String.join(" ", kept.stream().map(analysis::textOf).toList()).toLowerCase(Locale.ROOT);
        if (!microsoft && BrandImpersonationDetector.sentByOwnDomain(analysis)) {
            return false; // the antivirus company itself, telling a customer the plan ran out
        }
        if (all.contains("norton") || all.contains("mcafee") || all.contains("avast") || all.contains("avg")
                || all.contains("kaspersky") || all.contains("bitdefender") || all.contains("virus")) {
            b.fact(Text.of("fact.license.antivirus"));
        }
        return true;
    }
}
