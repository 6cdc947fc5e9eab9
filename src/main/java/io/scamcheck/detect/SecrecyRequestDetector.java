package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.PhraseFacts;
import io.scamcheck.knowledge.Phrases;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * secrecy-request: the message asks you to keep it secret or not to tell your bank or family ("keep this
 * between us", "do not tell the bank"), or makes sure you cannot check by phone ("I'm in a meeting and can't
 * talk, just reply here"). The legal footer of honest mail ("this message is confidential and intended only
 * for ...") is not a request and is skipped. Secrecy in a message that never mentions money, payments or
 * gift cards is a faint sign (a friend's surprise party); with money it is a warning.
 */
public final class SecrecyRequestDetector extends PhraseDetector {
    /** How far around a match a legal footer makes it innocent. */
    private static final int FOOTER_REACH = 300;

    private final Phrases unreachable = Phrases.load("secrecy-unreachable");
    private final Pattern disclaimer = Phrases.load("secrecy-disclaimer").patternOfAll();
    private final PhraseFacts facts = PhraseFacts.loadAll("secrecy-facts");
    private final Phrases money = Phrases.load("money");
    private final Phrases opener = Phrases.load("boss-opener");
    /** A fake-boss opener is a few lines long; a longer message saying "do you have a minute?" is a letter. */
    private static final int OPENER_MAX_WORDS = 60;

    public SecrecyRequestDetector() {
        super(Kind.SECRECY_REQUEST, "secrecy");
    }

    @Override
    public String name() {
        return "secrecy-request";
    }

    @Override
    protected List<Span> spans(Analysis analysis, List<Span> matches) {
        String text = analysis.text();
        List<Span> out = new ArrayList<>();
        for (Span s : PhraseContext.first(matches)) {
            if (!PhraseContext.near(text, s, disclaimer, FOOTER_REACH, FOOTER_REACH)) {
                out.add(s);
            }
        }
        out.addAll(analysis.findInSubjectAndBody(unreachable));
        out.addAll(openers(analysis));
        return PhraseContext.merged(out);
    }

    /**
     * The opener of a fake-boss request, only in a short message that does not answer an earlier one (a real
     * colleague asking "do you have a minute?" writes in a thread, or says what it is about).
     */
    private List<Span> openers(Analysis analysis) {
        var email = analysis.email();
        if (email.header("In-Reply-To").isPresent() || email.header("References").isPresent()) {
            return List.of();
        }
        String text = analysis.text();
        int words = 0;
        boolean inWord = false;
        for (int i = email.bodyStart(); i < text.length() && words <= OPENER_MAX_WORDS; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        if (words > OPENER_MAX_WORDS) {
            return List.of();
        }
        return analysis.findInSubjectAndBody(opener);
    }

    @Override
    protected boolean refine(Analysis analysis, List<Span> spans, Finding.Builder finding) {
        String text = analysis.text();
        java.util.Set<Span> hidden = new java.util.HashSet<>(analysis.findInSubjectAndBody(unreachable));
        java.util.Set<Span> openers = new java.util.HashSet<>(openers(analysis));
        List<Span> secret = spans.stream().filter(s -> !hidden.contains(s) && !openers.contains(s)).toList();
        for (String w : facts.matching(PhraseContext.texts(text, secret))) {
            finding.fact(Text.of("fact.secrecy-request." + w));
        }
        if (!hidden.isEmpty()) {
            finding.fact(Text.of("fact.secrecy-request.unreachable"));
        }
        if (spans.stream().anyMatch(openers::contains)) {
            finding.fact(Text.of("fact.secrecy-request.opener"));
        }
        if (analysis.findInSubjectAndBody(money).isEmpty()) {
            // secrecy without any money in sight is most often a friend's surprise: a faint sign only
            finding.severity(Severity.CAUTION);
        }
        return true;
    }
}
