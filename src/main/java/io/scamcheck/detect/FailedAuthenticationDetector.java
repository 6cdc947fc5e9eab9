package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.DomainNames;
import io.scamcheck.model.Address;
import io.scamcheck.model.Email;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code failed-authentication}: the receiving mail server checked whether the message really came from the
 * domain in its From line, and the check failed. Only the topmost {@code Authentication-Results} header is
 * read: the receiver adds it last, on top; lower ones may be written by the sender and prove nothing.
 * A result counts only when it is about the From domain: DMARC fail; SPF fail or softfail for an envelope
 * sender of the same domain; DKIM fail for a signature of the same domain. Any passing check for that domain
 * (DMARC pass, an aligned DKIM pass) wins. Microsoft's composite verdict ({@code compauth=fail}) counts
 * too when nothing passed for the domain. Mailing lists change messages and break signatures: not there.
 */
public final class FailedAuthenticationDetector implements Detector {
    private static final Set<String> SPF_FAILED = Set.of("fail", "softfail");

    @Override
    public String name() {
        return "failed-authentication";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        Email email = analysis.email();
        if (!email.hasHeaders() || MailFacts.isMailingList(email)) {
            return List.of();
        }
        List<String> headers = email.headerValues("Authentication-Results");
        Optional<Address> from = MailFacts.sender(email);
        if (headers.isEmpty() || from.isEmpty()) {
            return List.of();
        }
        String fromDomain = from.get().domain();
        String fromOwner = DomainNames.registrable(fromDomain);
        if (fromOwner.isEmpty()) {
            return List.of();
        }
        AuthenticationResults ar = AuthenticationResults.parse(headers.get(0));

        List<AuthenticationResults.Result> dmarc = ar.of("dmarc");
        if (dmarc.stream().anyMatch(r -> (r.result().equals("pass") || r.result().equals("bestguesspass"))
                && aligned(r.property("header.from"), fromOwner, true))) {
            return List.of();
        }
        boolean dkimPass = ar.of("dkim").stream()
                .anyMatch(r -> r.result().equals("pass") && aligned(r.signingDomain(), fromOwner, false));
        boolean spfPass = ar.of("spf").stream()
                .anyMatch(r -> r.result().equals("pass") && aligned(mailFromDomain(r), fromOwner, false));

        List<AuthenticationResults.Result> failed = new ArrayList<>();
        boolean strong = false;
        for (AuthenticationResults.Result r : dmarc) {
            if (r.result().equals("fail") && aligned(r.property("header.from"), fromOwner, true)) {
                failed.add(r);
                strong = true;
            }
        }
        if (!dkimPass) {
            for (AuthenticationResults.Result r : ar.of("spf")) {
                if (SPF_FAILED.contains(r.result()) && aligned(mailFromDomain(r), fromOwner, false)) {
                    failed.add(r);
                    strong |= r.result().equals("fail");
                }
            }
            if (!spfPass) {
                for (AuthenticationResults.Result r : ar.of("dkim")) {
                    if (r.result().equals("fail") && aligned(r.signingDomain(), fromOwner, false)) {
                        failed.add(r);
                    }
                }
            }
        }
        // Microsoft's receivers add their own verdict on the From domain, composite authentication:
        // reason 000 is an explicit DMARC failure, 001 means no check could tie the message to that domain.
        if (!dkimPass && !spfPass) {
            for (AuthenticationResults.Result r : ar.of("compauth")) {
                if (r.result().equals("fail") && failed.stream().noneMatch(x -> x.method().equals("dmarc"))) {
                    failed.add(r);
                    strong |= r.property("reason").equals("000");
                }
            }
        }
        if (failed.isEmpty()) {
            return List.of();
        }
        Finding.Builder b = Finding.of(Kind.FAILED_AUTHENTICATION)
                .severity(strong ? Severity.WARNING : Severity.CAUTION);
        MailFacts.inFrom(email, fromDomain).ifPresent(b::span);
        // The names of the checks (SPF, DKIM, DMARC, Microsoft's compauth) mean nothing to most readers:
        // the plain sentence names the domain, the evidence names the checks.
        b.fact(Text.of("fact.failed-authentication.checks", fromDomain));
        for (AuthenticationResults.Result r : failed) {
            b.evidence(Text.of("evidence.failed-authentication.result", MailFacts.clip(r.describe(), 300)));
        }
        b.evidence(Text.of("evidence.sender.header", "Authentication-Results", MailFacts.clip(headers.get(0), 600)));
        return List.of(b.build());
    }

    /** The domain a DKIM result is about: header.d, or the part after @ in header.i. */
    /** The envelope sender's domain an SPF result is about (smtp.mailfrom may be a whole address). */
    private static String mailFromDomain(AuthenticationResults.Result r) {
        String m = r.property("smtp.mailfrom");
        int at = m.lastIndexOf('@');
        return at >= 0 ? m.substring(at + 1) : m;
    }

    /**
     * Whether a domain named in a result belongs to the From domain's owner. A missing domain counts only
     * when {@code missingCounts} (DMARC is always about the From domain, even when the server does not say).
     */
    private static boolean aligned(String domain, String fromOwner, boolean missingCounts) {
        String d = domain == null ? "" : domain.strip();
        if (d.isEmpty() || d.equalsIgnoreCase("none")) {
            return missingCounts;
        }
        return DomainNames.registrable(d).equals(fromOwner);
    }
}
