package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.Phrases;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * unusual-payment: a demand to pay with gift cards, digital money (Bitcoin...), a cash transfer service
 * (Western Union, MoneyGram), a bank wire, or cash handed to a courier. These ways to pay cannot be undone
 * or traced, which is why scammers want them.
 *
 * <p>Words alone are weak: a shop sells gift cards, a friend talks about Bitcoin prices. So a way to pay
 * counts only with a demand in the same sentence ("pay", "send the codes", "fee"), and an ordinary demand
 * word does not count when prize, shop or price words are in that sentence too; a clear demand ("scratch the
 * back", "send the codes", "pay in Bitcoin") always counts. Cash by courier is a demand on its own.
 */
public final class UnusualPaymentDetector implements Detector {

    /** A way to pay, with how much it weighs; its fact is fact.unusual-payment.&lt;id&gt;. */
    enum Method {
        GIFT_CARD("payment-giftcard", Severity.DANGER, false),
        CRYPTO("payment-crypto", Severity.DANGER, false),
        MONEY_TRANSFER("payment-transfer", Severity.DANGER, true),
        WIRE("payment-wire", Severity.CAUTION, true),
        CASH("payment-cash", Severity.DANGER, false);

        final String topic;
        final Phrases phrases;
        final Severity severity;
        /** Whether "send" and "transfer" count as a demand next to it (they do for a transfer service). */
        final boolean sendIsDemand;

        Method(String topic, Severity severity, boolean sendIsDemand) {
            this.topic = topic;
            this.phrases = Phrases.load(topic);
            this.severity = severity;
            this.sendIsDemand = sendIsDemand;
        }

        String factKey() {
            return "fact.unusual-payment." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Every way to pay in one list, so that the message is read once; each match is then sorted by kind. */
    private static final Phrases ANY_METHOD = Phrases.combined("payment-methods",
            Arrays.stream(Method.values()).map(m -> m.topic).toArray(String[]::new));
    private static final Phrases DEMAND = Phrases.load("payment-demand");
    private static final Phrases SEND = Phrases.load("payment-send");
    private static final Phrases STRONG = Phrases.load("payment-strong");
    private static final Phrases INNOCENT = Phrases.load("payment-innocent");
    private static final int REACH = 200;
    /** How far a clear demand may be from the way to pay: the next sentence or so. */
    private static final int NEAR = 300;

    @Override
    public String name() {
        return "unusual-payment";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        String text = analysis.text();
        List<Span> spans = new ArrayList<>();
        Set<Method> found = EnumSet.noneOf(Method.class);
        for (Span m : analysis.findInSubjectAndBody(ANY_METHOD)) {
            Method method = methodOf(analysis, m);
            if (method == null || Sentences.isReported(analysis, m)) {
                continue;
            }
            if (method == Method.CASH) {
                spans.add(m);
                found.add(method);
                continue;
            }
            // The other lists are read only in the sentence around a way to pay, which is rare.
            Span sentence = Sentences.around(analysis, m, REACH);
            Span near = Sentences.nearby(analysis, m, NEAR);
            List<Span> with = analysis.find(STRONG, near.start(), near.end());
            if (with.isEmpty() && analysis.find(INNOCENT, sentence.start(), sentence.end()).isEmpty()) {
                List<Span> weak = new ArrayList<>(analysis.find(DEMAND, sentence.start(), sentence.end()));
                if (method.sendIsDemand) {
                    weak.addAll(analysis.find(SEND, sentence.start(), sentence.end()));
                }
                with = weak.stream().filter(d -> !d.overlaps(m)).toList();
            }
            if (!with.isEmpty()) {
                spans.add(m);
                spans.addAll(with);
                found.add(method);
            }
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        Finding.Builder b = Finding.of(Kind.UNUSUAL_PAYMENT).spans(Spans.merged(spans, analysis.text()));
        Severity severity = Severity.INFO;
        for (Method m : found) {
            b.fact(Text.of(m.factKey()));
            if (m.severity.compareTo(severity) < 0) {
                severity = m.severity;
            }
        }
        return List.of(b.severity(severity).build());
    }

    /** Which way to pay a match of the combined list is: the first whose own list matches at the same place. */
    private static Method methodOf(Analysis analysis, Span span) {
        String text = analysis.text();
        for (Method m : Method.values()) {
            if (analysis.find(m.phrases, span.start(), span.end()).stream().anyMatch(s -> s.start() == span.start())) {
                return m;
            }
        }
        return null;
    }
}
