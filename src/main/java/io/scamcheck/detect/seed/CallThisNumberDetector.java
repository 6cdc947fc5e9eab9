package io.scamcheck.detect.seed;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.scamcheck.detect.Analysis;
import io.scamcheck.detect.Detector;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.detect.StartFinder;
import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.Brand;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Urges the reader to phone a number to fix, cancel, claim or dispute something ("If this was not You ...
 * Please call MS Support Team at 1-844-286-1916"). On the phone a scammer can rush people, ask to take over
 * the computer, or ask for payment. Notes when the number is toll-free (cheap to rent, says nothing about who
 * answers) or premium-rate (costly to call).
 *
 * <p>Numbers are found with libphonenumber (valid numbers only; default region US). A number counts when
 * words asking to call stand just before it, in the same sentence, and the sentence or the one before it
 * (or the one after) gives a reason of the scam kind: something "was not you", an unauthorised charge, a
 * locked or hacked computer, a suspended license, a prize. A reason about money that honest firms give too
 * (cancel a renewal, dispute a charge) counts only in mail that names a known company that did not send it,
 * the shape of a fake invoice. A plain contact line ("Questions? Call us at ...") has no such reason, and mail
 * really sent from a known company's own domain is left to other checks.
 */
public final class CallThisNumberDetector implements Detector {
    private static final PhoneNumberUtil PHONE = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "US";
    private static final long MAX_TRIES = 20;
    private static final int MAX_TEXT = 500_000;
    private static final int MAX_PLEAS = 300;
    /** How far after the words asking to call a number may end: the longest gap plus a long number. */
    private static final int WINDOW = 130;

    /** Words asking to phone, ending just before the number. "Phone:" or "Tel:" alone is a label, not a plea. */
    private static final Pattern CALL = Pattern.compile(
            "(?i)\\b(?=[cdrptsgbh])(?:call(?:ing)?|dial|ring|phone(?!\\s{0,2}[:#])|contact(?!\\s{0,2}[:#])|reach|text"
                    + "|speak\\s{1,3}(?:to|with)|talk\\s{1,3}(?:to|with)|get\\s{1,3}in\\s{1,3}touch(?:\\s{1,3}with)?"
                    + "|(?:toll[- ]?free|helpline|hotline|help\\s?desk|support|customer\\s{1,3}(?:care|service|support)"
                    + "|billing(?:\\s{1,3}department)?)(?:\\s{1,3}(?:number|line|no\\.?))?\\s{0,2}[:#])");
    /** What may stand between the plea and the number: no end of sentence, at most one line break. */
    private static final Pattern GAP = Pattern.compile("[^.!?\\n]{0,60}(?:\\n[^.!?\\n]{0,40})?");

    /** Reasons of the scam kind for calling. Everyday reasons ("questions", "to order") are not here. */
    private static final Pattern REASON = Pattern.compile(
            "(?i)\\b(?:(?:was|is|were)\\s{1,3}not\\s{1,3}(?:you|yours|your\\s{1,3}(?:order|purchase))|wasn'?t\\s{1,3}you"
                    + "|(?:did\\s{1,3}not|didn'?t|do\\s{1,3}not|don'?t)\\s{1,3}(?:make|authori[sz]e|order|request|place"
                    + "|purchase|recogni[sz]e|remember)|unauthori[sz]ed|not\\s{1,3}authori[sz]ed|reinstat\\w{0,4}"
                    + "|reactivat\\w{0,4}|unlock\\w{0,3}|unblock\\w{0,3}|suspend\\w{0,4}|locked|frozen|virus\\w{0,2}"
                    + "|infected|malware|spyware|hacked|hackers?|compromised|arrest\\w{0,3}|warrant|legal\\s{1,3}action"
                    + "|lawsuit|you(?:'ve|\\s{1,3}have)?\\s{1,3}won|winner|prize|lottery|jackpot|claim\\s{1,3}your"
                    + "|cancel{1,2}(?:ing|ed)?\\s{1,3}(?:the|this|that)\\s{1,3}(?:charge|payment|transaction|renewal))\\b");
    /**
     * Reasons about money that honest companies give too ("to cancel your renewal, call us"). They count only
     * in mail that names a known company which did not send it: a fake invoice "from Norton" sent from
     * some other domain, with a number to call to cancel.
     */
    private static final Pattern MONEY_REASON = Pattern.compile(
            "(?i)\\b(?:cancel\\w{0,6}|renew\\w{0,4}|auto[- ]?debit|charged?|debited|deducted|refund\\w{0,3}"
                    + "|dispute\\w{0,2})\\b");
    /** The message speaks of Microsoft or Windows (not of the windows of a house). */
    private static final Pattern MICROSOFT = Pattern.compile(
            "(?i)\\b(?:microsoft|(?-i:MS)\\s{1,3}support|office\\s{1,3}365|windows\\s{1,3}(?:license|licence|support"
                    + "|defender|security|update|updates|activation|computer|pc|10|11|7|8))\\b");

    @Override
    public String name() {
        return "call-this-number";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        if (BrandImpersonationDetector.sentByOwnDomain(analysis)) {
            return List.of();
        }
        String text = analysis.text();
        int body = analysis.email().bodyStart();
        int limit = Math.min(text.length(), body + MAX_TEXT);
        List<Span> spans = new ArrayList<>();
        Set<Text> facts = new LinkedHashSet<>();
        List<Text> evidence = new ArrayList<>();
        Set<String> seenNumbers = new LinkedHashSet<>();
        int coveredTo = body;
        Boolean namesCompany = null;
        // every plea starts a word with one of these (in either case)
        StartFinder pleaFinder = StartFinder.ignoringCase(CALL, text, body, limit, "call", "dial", "ring",
                "phone", "contact", "reach", "text", "speak", "talk", "get", "toll", "hotline", "help", "support",
                "customer", "billing");
        Matcher plea = pleaFinder.matcher();
        int pleas = 0;
        // Numbers are looked for only just after words asking to call: reading the whole message for numbers
        // is slow, and a number nobody is asked to call is not this sign.
        while (pleaFinder.find() && pleas++ < MAX_PLEAS) {
            int windowEnd = Math.min(limit, plea.end() + WINDOW);
            if (windowEnd <= coveredTo) {
                continue;
            }
            CharSequence window = text.subSequence(plea.end(), windowEnd);
            for (PhoneNumberMatch match : PHONE.findNumbers(window, DEFAULT_REGION,
                    PhoneNumberUtil.Leniency.VALID, MAX_TRIES)) {
                int numStart = plea.end() + match.start();
                int numEnd = plea.end() + match.end();
                if (numStart < coveredTo || !GAP.matcher(text.substring(plea.end(), numStart)).matches()) {
                    continue;
                }
                int before = Context.sentenceStart(text, plea.start(), body, 250);
                int from = before > body ? Context.sentenceStart(text, before - 1, body, 250) : body;
                int end = Context.sentenceEnd(text, numEnd, 200);
                int to = end < limit ? Context.sentenceEnd(text, Math.min(limit, end + 1), 200) : end;
                if (!Context.has(REASON, text, from, to)) {
                    if (!Context.has(MONEY_REASON, text, from, to)) {
                        continue;
                    }
                    if (namesCompany == null) {
                        namesCompany = namesCompany(analysis); // read the whole text once, only when needed
                    }
                    if (!namesCompany) {
                        continue;
                    }
                }
                spans.add(new Span(plea.start(), numEnd));
                coveredTo = numEnd;
                PhoneNumber number = match.number();
                String e164 = PHONE.format(number, PhoneNumberFormat.E164);
                PhoneNumberType type = PHONE.getNumberType(number);
                if (seenNumbers.add(e164)) {
                    evidence.add(Text.of("evidence.phone-number", e164, type.name().toLowerCase(Locale.ROOT)
                            .replace('_', '-')));
                    if (type == PhoneNumberType.TOLL_FREE) {
                        facts.add(Text.of("fact.call.toll-free", prefix(number)));
                    } else if (type == PhoneNumberType.PREMIUM_RATE) {
                        facts.add(Text.of("fact.call.premium-rate", prefix(number)));
                    }
                }
                break; // one number per plea: the one it points at
            }
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        Finding.Builder b = Finding.of(Kind.CALL_THIS_NUMBER).spans(spans);
        if (Context.has(MICROSOFT, text, 0, text.length())) {
            b.fact(Text.of("fact.call.microsoft"));
        }
        facts.forEach(b::fact);
        evidence.forEach(b::evidence);
        return List.of(b.build());
    }

    /**
     * Whether the mail has a sender and names a company from the brands table (in its subject or text). It is
     * only asked when the sender's domain belongs to none of them, so the company named did not send it.
     */
    private static boolean namesCompany(Analysis analysis) {
        if (!analysis.email().hasHeaders()) {
            return false;
        }
        String text = analysis.text();
        int from = analysis.email().headerSpan("Subject").map(Span::start).orElse(analysis.email().bodyStart());
        for (Brand b : analysis.knowledge().brands()) {
            Matcher m = b.mention().matcher(text);
            m.region(Math.min(from, analysis.email().bodyStart()), text.length());
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    /** The dialling prefix a reader sees: "844" for 1-844-286-1916, "0800" for a UK free number. */
    static String prefix(PhoneNumber number) {
        String nsn = PHONE.getNationalSignificantNumber(number);
        if (number.getCountryCode() == 1 && nsn.length() >= 3) {
            return nsn.substring(0, 3);
        }
        String national = PHONE.format(number, PhoneNumberFormat.NATIONAL);
        String first = national.split("[\\s-]", 2)[0].replaceAll("[()]", "");
        return first.isEmpty() ? nsn : first;
    }
}
