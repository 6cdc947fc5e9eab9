package io.scamcheck.detect.seed;

import io.scamcheck.detect.Analysis;
import io.scamcheck.detect.Detector;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.detect.StartFinder;
import io.scamcheck.i18n.Text;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IP address shown as evidence against the reader ("IP Address: 206.19.86.255" next to "child pornography
 * accessed from your IP address"). An IP address is not secret and gives no access to a computer, and anyone
 * can type any number into an email. Adds a fact when the number cannot belong to one home on the internet:
 * private, reserved, ending in .255, or not a real address at all (a part above 255).
 *
 * <p>An address alone is not a claim: a technical mail says "the printer is at 192.168.1.20". It counts only
 * when the words around it accuse the reader (see {@link Context#accusesReader}).
 */
public final class IpAddressClaimDetector implements Detector {
    /** Four dot-separated numbers, not part of a longer dotted run (a version number) or a word. */
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\w.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?!\\.?\\d)(?![\\w-])");
    /** A label just before the address: "IP Address: ", "IP: ", "Internet address = ". */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)\\b(?:IP(?:v4)?(?:[ \\t]{0,2}-?[ \\t]{0,2}address)?|internet[ \\t]{1,2}(?:protocol[ \\t]{1,2})?address)"
                    + "[ \\t]{0,3}[:=#-]?[ \\t]{0,3}\\z");
    private static final int MAX_ADDRESSES = 50;

    @Override
    public String name() {
        return "ip-address-claim";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        String text = analysis.text();
        int body = analysis.email().bodyStart();
        // every match starts with a digit
        StartFinder f = StartFinder.startingWith(IPV4, text, body, text.length(),
                "0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        Matcher m = f.matcher();
        List<Span> spans = new ArrayList<>();
        Set<Text> facts = new LinkedHashSet<>();
        List<Text> evidence = new ArrayList<>();
        int seen = 0;
        while (f.find() && seen++ < MAX_ADDRESSES) {
            if (!Context.accusesReader(text, body, m.start(), m.end(), 400, 200)) {
                continue;
            }
            int start = m.start();
            int from = Math.max(body, m.start() - 40);
            Matcher label = LABEL.matcher(text.substring(from, m.start()));
            if (label.find()) {
                start = from + label.start();
            }
            spans.add(new Span(start, m.end()));
            int[] parts = new int[4];
            for (int i = 0; i < 4; i++) {
                parts[i] = Integer.parseInt(m.group(i + 1));
            }
            String ip = m.group();
            IpClass c = classify(parts);
            if (c.factKey != null) {
                facts.add(Text.of(c.factKey, ip));
            }
            evidence.add(Text.of("evidence.ip-address", ip, c.id));
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        Finding.Builder b = Finding.of(Kind.IP_ADDRESS_CLAIM).spans(spans);
        facts.forEach(b::fact);
        evidence.forEach(b::evidence);
        return List.of(b.build());
    }

    /** What kind of address this is, and the fact to tell the reader about it (if any). */
    enum IpClass {
        INVALID("invalid", "fact.ip.invalid"),
        PRIVATE("private", "fact.ip.private"),
        LOOPBACK("loopback", "fact.ip.loopback"),
        RESERVED("reserved", "fact.ip.reserved"),
        BROADCAST("ends-in-255", "fact.ip.broadcast"),
        PUBLIC("public", null);

        final String id;
        final String factKey;

        IpClass(String id, String factKey) {
            this.id = id;
            this.factKey = factKey;
        }
    }

    static IpClass classify(int[] p) {
        for (int x : p) {
            if (x > 255) {
                return IpClass.INVALID;
            }
        }
        int a = p[0];
        int b = p[1];
        int c = p[2];
        if (a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)) {
            return IpClass.PRIVATE;
        }
        if (a == 127) {
            return IpClass.LOOPBACK;
        }
        if (a == 0 || a >= 224 // "this network", multicast and the reserved block above it
                || (a == 169 && b == 254) // link-local: a computer that found no network
                || (a == 100 && b >= 64 && b <= 127) // shared by internet providers, not one home
                || (a == 192 && b == 0 && c == 2) || (a == 198 && b == 51 && c == 100)
                || (a == 203 && b == 0 && c == 113) // set aside for examples in documents
                || (a == 198 && (b == 18 || b == 19))) { // set aside for testing networks
            return IpClass.RESERVED;
        }
        if (p[3] == 255) {
            return IpClass.BROADCAST;
        }
        return IpClass.PUBLIC;
    }
}
