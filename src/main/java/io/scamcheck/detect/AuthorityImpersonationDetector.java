package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.Knowledge;
import io.scamcheck.knowledge.PhraseFacts;
import io.scamcheck.knowledge.Phrases;
import io.scamcheck.model.Address;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * authority-impersonation: the message presents itself as the police, the FBI, Interpol, a tax office (IRS,
 * HMRC), a court, the Social Security office or another government body.
 *
 * <p>A name alone is usually news ("the FBI said"), so a mention counts only when the message speaks in that
 * body's name: the sender's display name is the body, a word right after the name makes it a signature or a
 * sender ("The SSA Team", "[IRS Report]"), or the same sentence presents itself or speaks to you ("I am agent
 * ...", "your tax refund", "you are hereby served"), unless the name is a third party the message mentions
 * ("accepted by the IRS"). Mail really sent from a government domain is skipped.
 */
public final class AuthorityImpersonationDetector extends PhraseDetector {
    /** How far after the name a signature word may follow. */
    private static final int AFTER_REACH = 16;
    /** How far before the name "accepted by the" may stand. */
    private static final int MENTION_REACH = 40;

    private final Pattern cues = Phrases.load("authority-cues").patternOfAll();
    private final Pattern after = Phrases.load("authority-after").patternOfAll();
    private final Pattern mention = Phrases.load("authority-mention").patternOfAll();
    private final PhraseFacts facts = PhraseFacts.loadAll("authority-facts");
    private final List<String> governmentDomains = governmentDomains();

    public AuthorityImpersonationDetector() {
        super(Kind.AUTHORITY_IMPERSONATION, "authority");
    }

    @Override
    public String name() {
        return "authority-impersonation";
    }

    private static List<String> governmentDomains() {
        List<String> out = new ArrayList<>();
        Knowledge.readLines("government-domains.txt", l -> out.add(l.strip().toLowerCase(Locale.ROOT)));
        return List.copyOf(out);
    }

    @Override
    protected List<Span> spans(Analysis analysis, List<Span> matches) {
        Optional<Address> from = analysis.email().from();
        if (from.isPresent() && fromGovernment(from.get().domain())) {
            return List.of();
        }
        String text = analysis.text();
        List<Span> out = new ArrayList<>();
        // the sender's name, as shown on the From line (the address itself is left to other checks)
        analysis.email().headerSpan("From").ifPresent(f -> {
            int end = f.end();
            int lt = text.indexOf('<', f.start());
            if (lt >= 0 && lt < f.end()) {
                end = lt;
            }
            out.addAll(PhraseContext.find(text, analysis.pattern(phrases()), f.start(), end));
        });
        for (Span s : PhraseContext.first(matches)) {
            if (speaksAs(text, s)) {
                out.add(s);
            }
        }
        return PhraseContext.merged(out);
    }

    private boolean speaksAs(String text, Span s) {
        Matcher third = mention.matcher(text).region(Math.max(0, s.start() - MENTION_REACH), s.start());
        if (third.find()) {
            return false;
        }
        Matcher m = after.matcher(text).region(s.end(), Math.min(text.length(), s.end() + AFTER_REACH));
        if (m.lookingAt()) {
            return true;
        }
        return PhraseContext.inSentence(text, s, cues);
    }

    private boolean fromGovernment(String domain) {
        String d = "." + domain.toLowerCase(Locale.ROOT);
        return governmentDomains.stream().anyMatch(d::endsWith);
    }

    @Override
    protected boolean refine(Analysis analysis, List<Span> spans, Finding.Builder finding) {
        for (String w : facts.matching(PhraseContext.texts(analysis.text(), spans))) {
            finding.fact(Text.of("fact.authority-impersonation." + w));
        }
        return true;
    }
}
