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
 * The message accuses the reader of a crime: abuse material "accessed from your IP address", "you are
 * suspected of money laundering", "a warrant for your arrest". Police and tax offices do not accuse people
 * by email and offer to settle it over the phone; the accusation is there to frighten.
 *
 * <p>Words come from {@code phrases/crime-accusation.en.txt}; every phrase names the reader, so news about
 * someone else's crime does not match. A phrase in a condition ("if you are accused of...", as in advice
 * from a lawyer or a newsletter) is not an accusation and is dropped.
 */
public final class CrimeAccusationDetector extends PhraseDetector {
    private static final Pattern CONDITION = Pattern.compile(
            "(?i)\\b(?:if|when|whether|unless|in case|what happens if|even if)\\s{1,3}(?:\\w+\\s{1,3}){0,2}\\z");

    public CrimeAccusationDetector() {
        super(Kind.CRIME_ACCUSATION, "crime-accusation");
    }

    @Override
    public String name() {
        return "crime-accusation";
    }

    @Override
    protected List<Span> spans(Analysis analysis, List<Span> matches) {
        String text = analysis.text();
        List<Span> kept = new ArrayList<>();
        for (Span s : matches) {
            if (!Context.startsWord(text, s.start())) {
                continue;
            }
            int from = Math.max(0, s.start() - 40);
            String before = text.substring(from, s.start());
            if (CONDITION.matcher(before).find()) {
                continue;
            }
            kept.add(s);
        }
        return kept;
    }

    @Override
    protected boolean refine(Analysis analysis, List<Span> kept, Finding.Builder b) {
        String all = String.join(" ", kept.stream().map(analysis::textOf).toList()).toLowerCase(Locale.ROOT);
        if (all.contains("porn") || all.contains("child") || all.contains("abuse") || all.contains("csam")
                || all.contains("paedo") || all.contains("pedo")) {
            b.fact(Text.of("fact.crime.abuse-material"));
        }
        return true;
    }
}
