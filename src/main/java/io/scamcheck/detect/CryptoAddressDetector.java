package io.scamcheck.detect;

import io.scamcheck.detect.crypto.CryptoAddresses;
import io.scamcheck.detect.crypto.CryptoAddresses.Candidate;
import io.scamcheck.detect.crypto.CryptoAddresses.Check;
import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.Phrases;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * crypto-address: a cryptocurrency wallet address next to a demand to pay or send money. Each address's
 * built-in checksum is checked (Base58Check for Bitcoin 1.../3..., Litecoin, Dogecoin and Tron; Bech32 and
 * Bech32m for bc1...; EIP-55 for mixed-case Ethereum 0x...), so a real address, one money can go to, is
 * told apart from a random string of the same shape. A string whose checksum fails is not reported.
 */
public final class CryptoAddressDetector implements Detector {
    private static final Phrases DEMAND = Phrases.load("crypto-demand");
    /** How far from the address a demand may be: the address often sits on its own line below it. */
    private static final int REACH = 400;

    @Override
    public String name() {
        return "crypto-address";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        String text = analysis.text();
        List<Candidate> candidates = CryptoAddresses.find(text, analysis.email().bodyStart(), text.length());
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        Finding.Builder b = Finding.of(Kind.CRYPTO_ADDRESS);
        boolean any = false;
        boolean valid = false;
        boolean unchecked = false;
        for (Candidate c : candidates) {
            if (c.check() == Check.INVALID) {
                continue;
            }
            Span window = new Span(Math.max(0, c.span().start() - REACH),
                    Math.min(text.length(), c.span().end() + REACH));
            List<Span> near = analysis.find(DEMAND, window.start(), window.end());
            if (near.isEmpty()) {
                continue;
            }
            any = true;
            spans.add(c.span());
            spans.add(closest(near, c.span()));
            if (c.check() == Check.VALID) {
                valid = true;
                b.evidence(Text.of("evidence.crypto-address.valid", c.coin(), c.format(), c.text()));
            } else {
                unchecked = true;
                b.evidence(Text.of("evidence.crypto-address.no-checksum", c.coin(), c.text()));
            }
        }
        if (!any) {
            return List.of();
        }
        b.spans(Spans.merged(spans, analysis.text()));
        if (valid) {
            b.fact(Text.of("fact.crypto-address.valid"));
        }
        if (unchecked) {
            b.fact(Text.of("fact.crypto-address.format"));
        }
        return List.of(b.build());
    }

    private static Span closest(List<Span> near, Span to) {
        Span best = near.get(0);
        for (Span s : near) {
            if (distance(s, to) < distance(best, to)) {
                best = s;
            }
        }
        return best;
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.start() ? b.start() - a.end() : Math.max(0, a.start() - b.end());
    }
}
