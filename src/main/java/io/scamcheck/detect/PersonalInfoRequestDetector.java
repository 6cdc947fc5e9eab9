package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.PhraseFacts;
import io.scamcheck.knowledge.Phrases;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * personal-info-request: the message asks you to send your name, address, phone, bank details or a copy of
 * your ID by reply, the way lottery and inheritance scams collect what they need for the next step.
 *
 * <p>Two shapes count: a request that names three or more different details ("send us your full name, address
 * and phone number"), or an empty form with three or more fields to fill in ("Full Name: ......"). A request
 * for two details, or for your ID or bank details alone, counts when the message also offers you money.
 * Asking a friend for an address, or an event asking for a name and a phone number, is not reported.
 */
public final class PersonalInfoRequestDetector extends PhraseDetector {
    /** How far after the start of a request its list of details may run. */
    private static final int REQUEST_REACH = 220;
    private static final int MIN_FIELDS = 3;
    /** A request naming this many different details counts on its own. */
    private static final int MANY_DETAILS = 3;

    private final Phrases items = Phrases.load("personal-info-items");
    private final Phrases fields = Phrases.load("personal-info-fields");
    private final Phrases windfall = Phrases.load("windfall");
    private final Phrases sums = Phrases.load("windfall-sums");
    private final PhraseFacts facts = PhraseFacts.loadAll("personal-info-facts");

    public PersonalInfoRequestDetector() {
        super(Kind.PERSONAL_INFO_REQUEST, "personal-info");
    }

    @Override
    public String name() {
        return "personal-info-request";
    }

    @Override
    protected List<Span> spans(Analysis analysis, List<Span> matches) {
        String text = analysis.text();
        List<Span> out = new ArrayList<>();
        Boolean money = null;
        for (Span s : PhraseContext.first(matches)) {
            if (!PhraseContext.asserted(analysis, s)) {
                continue;
            }
            int end = Math.min(PhraseContext.sentenceEnd(text, s.end()), s.end() + REQUEST_REACH);
            if (listFollows(text, end)) {
                // "...send us the following:\n1. Full name\n2. Address": the list is part of the request
                end = Math.min(text.length(), s.end() + REQUEST_REACH);
            }
            List<Span> named = PhraseContext.find(text, analysis.pattern(items), s.end(), end);
            Set<String> distinct = PhraseContext.distinctWords(text, named);
            if (distinct.isEmpty()) {
                continue;
            }
            boolean enough = distinct.size() >= MANY_DETAILS;
            if (!enough) {
                // two details, or one that is an ID or bank details: only when money is on offer
                boolean sensitive = distinct.size() >= 2
                        || !facts.matching(PhraseContext.texts(text, named)).isEmpty();
                if (sensitive && money == null) {
                    money = !analysis.findInSubjectAndBody(windfall).isEmpty()
                            || !analysis.findInSubjectAndBody(sums).isEmpty();
                }
                enough = sensitive && money;
            }
            if (enough) {
                out.add(s);
                out.addAll(named);
            }
        }
        List<Span> form = analysis.findInBody(fields);
        if (PhraseContext.distinctWords(text, form).size() >= MIN_FIELDS) {
            // highlight the label, not the dots after it
            for (Span f : form) {
                out.add(trimFiller(text, f));
            }
        }
        return PhraseContext.merged(out);
    }

    /** Whether the sentence ending at {@code end} introduces a list: it ends with a colon or a list follows. */
    private static boolean listFollows(String text, int end) {
        int i = end;
        while (i > 0 && i <= text.length() && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && i <= text.length() && text.charAt(i - 1) == ':') {
            return true;
        }
        int j = end;
        while (j < text.length() && Character.isWhitespace(text.charAt(j)) && j - end < 8) {
            j++;
        }
        if (j >= text.length()) {
            return false;
        }
        char c = text.charAt(j);
        return Character.isDigit(c) || c == '-' || c == '*' || c == '\u2022';
    }

    private static Span trimFiller(String text, Span s) {
        int start = s.start();
        int end = s.end();
        while (end > start && ":._ \t\r\n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        return end > start ? new Span(start, end) : s;
    }

    @Override
    protected boolean refine(Analysis analysis, List<Span> spans, Finding.Builder finding) {
        for (String w : facts.matching(PhraseContext.texts(analysis.text(), spans))) {
            finding.fact(Text.of("fact.personal-info-request." + w));
        }
        return true;
    }
}
