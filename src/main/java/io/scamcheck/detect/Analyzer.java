package io.scamcheck.detect;

import io.scamcheck.knowledge.Knowledge;
import io.scamcheck.model.Email;
import io.scamcheck.verdict.VerdictEngine;
import io.scamcheck.verdict.VerdictResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every detector over a message and decides the verdict. Thread-safe; create once, reuse. */
public final class Analyzer {
    private final List<Detector> detectors;
    private final Knowledge knowledge;

    public Analyzer(List<Detector> detectors, Knowledge knowledge) {
        this.detectors = List.copyOf(detectors);
        this.knowledge = knowledge;
    }

    public static Analyzer standard() {
        return new Analyzer(DetectorRegistry.all(), Knowledge.standard());
    }

    public Report analyze(Email email) {
        Analysis analysis = new Analysis(email, knowledge);
        List<Finding> findings = new ArrayList<>();
        for (Detector d : detectors) {
            try {
                findings.addAll(d.detect(analysis));
            } catch (RuntimeException | StackOverflowError e) {
                // One broken check must not take the whole answer away; the others still count.
                System.err.println("scamcheck: detector " + d.name() + " failed: " + e);
            }
        }
        findings.sort(ORDER);
        boolean bulk = email.hasHeaders() && (MailFacts.isMailingList(email) || MailFacts.isDeliveryReport(email)
                || email.header("List-Unsubscribe").isPresent());
        VerdictResult verdict = VerdictEngine.decide(findings, bulk);
        return new Report(email, List.copyOf(findings), verdict);
    }

    /** Most important first: by severity, then where the words are in the message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparingInt(Finding::firstOffset)
            .thenComparing(f -> f.kind().id());
}
