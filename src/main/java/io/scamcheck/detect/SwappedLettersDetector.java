package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * disguised-text, the plain-letter form: a capital I written for a small l, or a small l for a capital I, in
 * the words a mail filter looks for ("Iog in", "Iedger", "User lD"). In most fonts the two letters look the
 * same, so the reader sees "log in" while a filter sees a word it does not know. Only a short list of words
 * counts: guessing at every word that starts with I would flag real words ("Ink", "Iowa").
 */
public final class SwappedLettersDetector implements Detector {
    /** Case matters: "Iog" (capital I, then small letters), "lD" (small l, then a capital D). */
    private static final Pattern SWAPPED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:I(?:og(?:in|on|ged|ging)?|edger|ogin|ocked|imited|imit|ink)|lD|Iog-in)"
                    + "(?![\\p{L}\\p{N}])");
    private static final int MAX_SPANS = 20;

    @Override
    public String name() {
        return "swapped-letters";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        // every match starts with I, or l for "lD"
        List<Span> found = new ArrayList<>();
        StartFinder f = StartFinder.startingWith(SWAPPED, analysis.text(), 0, analysis.text().length(), "I", "lD");
        while (f.find()) {
            if (f.matcher().end() > f.matcher().start()) {
                found.add(new Span(f.matcher().start(), f.matcher().end()));
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(found.subList(0, Math.min(MAX_SPANS, found.size())));
        return List.of(Finding.of(Kind.DISGUISED_TEXT).spans(spans)
                .fact(Text.of("fact.disguised-text.swapped-letters", analysis.textOf(spans.get(0))))
                .build());
    }
}
