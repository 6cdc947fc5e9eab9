package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.DomainNames;
import io.scamcheck.knowledge.LookalikeChecker;
import io.scamcheck.knowledge.LookalikeChecker.Lookalike;
import io.scamcheck.model.Address;
import io.scamcheck.model.Email;
import io.scamcheck.model.Link;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code lookalike-domain}: the sender's domain, the Reply-To domain or a link's domain is made to look like a
 * known company's (see {@link LookalikeChecker}): look-alike letters, a letter or two changed, the company's
 * address or name in front of or inside someone else's name, or mixed alphabets. One finding per look-alike
 * domain, highlighted where it shows: in the From line and on each link.
 */
public final class LookalikeDomainDetector implements Detector {
    static final int MAX_FINDINGS = 3;

    @Override
    public String name() {
        return "lookalike-domain";
    }

    private static final class Hit {
        final Lookalike lookalike;
        final List<Span> spans = new ArrayList<>();
        final List<Text> where = new ArrayList<>();
        boolean sender;

        Hit(Lookalike lookalike) {
            this.lookalike = lookalike;
        }
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        Email email = analysis.email();
        LookalikeChecker checker = analysis.knowledge().lookalikes();
        Map<String, Hit> hits = new LinkedHashMap<>();
        Optional<Address> from = MailFacts.sender(email);
        if (email.hasHeaders() && from.isPresent()) {
            String domain = from.get().domain();
            checker.check(domain).ifPresent(l -> {
                Hit h = hits.computeIfAbsent(l.registrable(), k -> new Hit(l));
                h.sender = true;
                MailFacts.inFrom(email, domain).ifPresent(h.spans::add);
                h.where.add(Text.of("evidence.sender.header", "From", MailFacts.clip(from.get().address(), 200)));
            });
        }
        if (email.hasHeaders()) {
            for (Address reply : email.replyTo()) {
                checker.check(reply.domain()).ifPresent(l -> {
                    Hit h = hits.computeIfAbsent(l.registrable(), k -> new Hit(l));
                    h.sender = true;
                    h.where.add(Text.of("evidence.sender.header", "Reply-To", MailFacts.clip(reply.address(), 200)));
                });
            }
        }
        for (Link link : email.links()) {
            for (String host : linkHosts(link)) {
                Optional<Lookalike> l = checker.check(host).filter(x -> namesTheCompany(analysis, x));
                if (l.isPresent()) {
                    Hit h = hits.computeIfAbsent(l.get().registrable(), k -> new Hit(l.get()));
                    if (link.span().length() > 0) {
                        h.spans.add(link.span());
                    }
                    if (h.where.size() < 10) {
                        h.where.add(Text.of("evidence.link.target", MailFacts.clip(link.shownText(), 120),
                                MailFacts.clip(link.target(), 300)));
                    }
                    break;
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Hit h : hits.values()) {
            if (out.size() >= MAX_FINDINGS) {
                break;
            }
            out.add(finding(h));
        }
        return out;
    }

    /**
     * A link one or two letters away from a company's name (kroger / kruger, revolut / revolt) points at that
     * company only when the message names it: with hundreds of companies in the table, an honest site is
     * often a letter away from one of them. A sender's domain is always compared: it is what the reader sees
     * as "who wrote this".
     */
    private static boolean namesTheCompany(Analysis analysis, Lookalike l) {
        return l.reason() != LookalikeChecker.Reason.TYPO || l.brandIfKnown().isEmpty()
                || l.brandIfKnown().get().mention().matcher(analysis.text()).find();
    }

    /** The hosts a link involves: where it really leads, and the address its words show, if they show one. */
    private static List<String> linkHosts(Link link) {
        List<String> hosts = new ArrayList<>(2);
        LinkTextMismatchDetector.targetHost(link.target()).ifPresent(hosts::add);
        LinkTextMismatchDetector.shownHost(link.shownText()).filter(h -> !hosts.contains(h)).ifPresent(hosts::add);
        return hosts;
    }

    private static Finding finding(Hit h) {
        Lookalike l = h.lookalike;
        Finding.Builder b = Finding.of(Kind.LOOKALIKE_DOMAIN).spans(h.spans);
        String brand = l.brandIfKnown().map(x -> x.name()).orElse("");
        switch (l.reason()) {
            case LETTERS -> b.fact(Text.of("fact.lookalike.letters", l.host(), l.brandDomain(), brand));
            case TYPO -> b.fact(Text.of("fact.lookalike.typo", l.registrable(), l.brandDomain(), brand));
            case BRAND_DOMAIN_IN_FRONT, BRAND_NAME_IN_FRONT -> {
                String front = l.host().length() > l.registrable().length()
                        ? l.host().substring(0, l.host().length() - l.registrable().length() - 1) : l.host();
                b.fact(Text.of("fact.lookalike.in-front", l.host(), l.registrable(), front, brand));
            }
            case BRAND_NAME_INSIDE -> {
                b.severity(Severity.WARNING);
                b.fact(Text.of("fact.lookalike.name-inside", l.registrable(), brand, l.brandDomain()));
            }
            case MIXED_ALPHABETS -> {
                if (brand.isEmpty()) {
                    b.severity(Severity.WARNING);
                    b.fact(Text.of("fact.lookalike.mixed", l.host()));
                } else {
                    b.fact(Text.of("fact.lookalike.letters", l.host(), l.brandDomain(), brand));
                }
            }
            default -> {
            }
        }
        if (l.reason() == LookalikeChecker.Reason.BRAND_NAME_IN_FRONT) {
            // Shops and web services give customers a name in front of theirs (acme.helpdesk.example), so a
            // link there is a weaker sign than a sender who uses it.
            b.severity(h.sender ? Severity.WARNING : Severity.CAUTION);
        }
        b.evidence(Text.of("evidence.lookalike.domain", l.host(), DomainNames.registrable(l.host()),
                l.reason().name()));
        h.where.forEach(b::evidence);
        return b.build();
    }
}
