package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.PhraseFacts;
import io.scamcheck.knowledge.Phrases;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * credentials-request: the message asks you to confirm, enter or update a password, a login, card details,
 * a wallet recovery phrase or a social security number, through a link or a reply.
 *
 * <p>Requests that are negated ("we will never ask you to confirm your password") are dropped. In a message
 * you asked for yourself (a sign-up, a password reset) "confirm your account" is normal, so only requests for
 * a real secret count there. A request for a real secret (password, card, recovery phrase, ID number, a
 * mailbox login) is a danger; a vaguer one ("verify your account") is a danger when the message also
 * threatens or rushes you, else a warning.
 */
public final class CredentialsRequestDetector extends PhraseDetector {
    /** Secrets whose request is dangerous on its own. */
    private static final Set<String> SECRETS = Set.of("wallet", "card", "id", "password", "mailbox");

    private final Phrases requested = Phrases.load("credentials-requested");
    private final Phrases threats = Phrases.load("threats");
    private final Phrases deadlines = Phrases.load("deadline");
    private final PhraseFacts facts = PhraseFacts.loadAll("credentials-facts");

    public CredentialsRequestDetector() {
        super(Kind.CREDENTIALS_REQUEST, "credentials");
    }

    @Override
    public String name() {
        return "credentials-request";
    }

    @Override
    protected List<Span> spans(Analysis analysis, List<Span> matches) {
        String text = analysis.text();
        boolean askedFor = !matches.isEmpty()
                && !analysis.findInSubjectAndBody(requested).isEmpty();
        List<Span> out = new ArrayList<>();
        for (Span s : PhraseContext.first(matches)) {
            if (!PhraseContext.asserted(analysis, s)) {
                continue;
            }
            if (askedFor) {
                Set<String> what = facts.matching(List.of(s.textOf(text)));
                if (!(what.contains("wallet") || what.contains("card") || what.contains("id"))) {
                    continue;
                }
            }
            out.add(s);
        }
        return PhraseContext.merged(out);
    }

    @Override
    protected boolean refine(Analysis analysis, List<Span> spans, Finding.Builder finding) {
        String text = analysis.text();
        Set<String> what = facts.matching(PhraseContext.texts(text, spans));
        boolean secret = what.stream().anyMatch(SECRETS::contains);
        boolean pressure = !analysis.findInSubjectAndBody(threats).isEmpty()
                || !analysis.findInSubjectAndBody(deadlines).isEmpty();
        finding.severity(secret || pressure ? Severity.DANGER : Severity.WARNING);
        for (String w : what) {
            if (!w.equals("password")) {
                finding.fact(Text.of("fact.credentials-request." + w));
            }
        }
        if (PhraseContext.hasLink(analysis)) {
            finding.evidence(Text.of("evidence.credentials-request.link"));
        }
        return true;
    }
}
