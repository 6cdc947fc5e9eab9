package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.PhraseFacts;
import io.scamcheck.model.Span;

import java.util.List;
import java.util.Set;

/**
 * threat-of-consequences: the message threatens a loss or a punishment if you do not act: your account
 * closed, your files or coins lost, arrest, fines, a lawsuit, or a video sent to your contacts. Negated
 * threats ("your account will not be closed") are dropped. Threats of arrest or of exposure to your family
 * are a danger; the others a warning.
 */
public final class ThreatOfConsequencesDetector extends PhraseDetector {
    private final PhraseFacts facts = PhraseFacts.loadAll("threats-facts");

    public ThreatOfConsequencesDetector() {
        super(Kind.THREAT_OF_CONSEQUENCES, "threats");
    }

    /** A change announced for a known event (leaving a job, a planned move) is news, not a threat. */
    private static final java.util.regex.Pattern SCHEDULED = java.util.regex.Pattern.compile(
            "\\b(?:when|after|once) you (?:leave|retire|move)\\b|\\bon your last day\\b|\\bas planned\\b"
                    + "|\\bwe (?:are )?mov(?:e|ing) everyone\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "threat-of-consequences";
    }

    @Override
    protected List<Span> spans(Analysis analysis, List<Span> matches) {
        String text = analysis.text();
        return PhraseContext.first(matches).stream().filter(s -> PhraseContext.asserted(analysis, s))
                .filter(s -> !PhraseContext.inSentence(text, s, SCHEDULED)).toList();
    }

    @Override
    protected boolean refine(Analysis analysis, List<Span> spans, Finding.Builder finding) {
        Set<String> what = facts.matching(PhraseContext.texts(analysis.text(), spans));
        if (what.contains("legal") || what.contains("exposure")) {
            finding.severity(Severity.DANGER);
        }
        for (String w : what) {
            finding.fact(Text.of("fact.threat-of-consequences." + w));
        }
        return true;
    }
}
