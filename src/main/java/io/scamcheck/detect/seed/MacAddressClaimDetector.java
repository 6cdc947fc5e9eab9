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
 * Claims to have seen the reader's MAC address ("MAC Address : A0:95:6D:C7"). A MAC address is a serial
 * number of a network card; it never leaves the home network, so nobody on the internet can see it. When the
 * value shown is not a real MAC address (six pairs of the digits 0-9 and letters A-F), that is said too.
 *
 * <p>A friend writing about their router's MAC address is not making a claim: the detector needs words
 * around the value that accuse the reader (see {@link Context#accusesReader}).
 */
public final class MacAddressClaimDetector implements Detector {
    /**
     * "MAC", "MAC address", "MAC-Address", "MAC ID", then the value: pairs of characters separated by ':' or
     * '-' (letters beyond F allowed, so that a made-up value is still caught), or the dotted or bare forms.
     */
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)\\bMAC(?:[ \\t]{0,2}-?[ \\t]{0,2}(?:address|addr|ID))?[ \\t]{0,3}[:=#-]?[ \\t]{0,3}"
                    + "([0-9a-z]{1,2}(?:[:-][0-9a-z]{1,2}){1,9}|[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}|[0-9a-f]{12})"
                    + "(?![\\w:.-]?[\\w])");
    /** A claim without a value: "your MAC address", "your IP address & MAC Address". */
    private static final Pattern YOUR_MAC = Pattern.compile(
            "(?i)\\byour\\s{1,3}(?:IP\\s{1,3}address\\s{1,3}(?:&|and)\\s{1,3})?MAC(?:[ \\t]{0,2}-?[ \\t]{0,2}address)?\\b");
    private static final Pattern NOT_HEX = Pattern.compile("(?i)[^0-9a-f]");
    private static final int MAX = 50;

    @Override
    public String name() {
        return "mac-address-claim";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        String text = analysis.text();
        int body = analysis.email().bodyStart();
        List<Span> spans = new ArrayList<>();
        Set<Text> facts = new LinkedHashSet<>();
        List<Text> evidence = new ArrayList<>();
        // every match starts with "MAC" (or "your"), in either case
        StartFinder f = StartFinder.ignoringCase(LABELLED, text, body, text.length(), "mac");
        Matcher m = f.matcher();
        int seen = 0;
        while (f.find() && seen++ < MAX) {
            if (!Context.accusesReader(text, body, m.start(), m.end(), 400, 200)) {
                continue;
            }
            spans.add(new Span(m.start(), m.end()));
            String value = m.group(1);
            facts.addAll(factsAbout(value));
            evidence.add(Text.of("evidence.mac-address", value, pairs(value).size()));
        }
        if (spans.isEmpty()) {
            StartFinder fy = StartFinder.ignoringCase(YOUR_MAC, text, body, text.length(), "your");
            Matcher y = fy.matcher();
            while (fy.find() && spans.size() < MAX) {
                if (Context.accusesReader(text, body, y.start(), y.end(), 300, 300)) {
                    spans.add(new Span(y.start(), y.end()));
                }
            }
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        Finding.Builder b = Finding.of(Kind.MAC_ADDRESS_CLAIM).spans(spans);
        facts.forEach(b::fact);
        evidence.forEach(b::evidence);
        return List.of(b.build());
    }

    /** The value's groups: "A0:95:6D:C7" has four; the dotted and bare forms count as six when complete. */
    static List<String> pairs(String value) {
        List<String> out = new ArrayList<>();
        if (value.contains(":") || value.contains("-")) {
            for (String g : value.split("[:-]")) {
                out.add(g);
            }
        } else {
            String hex = value.replace(".", "");
            for (int i = 0; i + 1 < hex.length(); i += 2) {
                out.add(hex.substring(i, i + 2));
            }
        }
        return out;
    }

    static List<Text> factsAbout(String value) {
        List<Text> out = new ArrayList<>();
        List<String> groups = pairs(value);
        if (groups.size() != 6) {
            out.add(Text.of("fact.mac.not-six", groups.size()));
        }
        if (NOT_HEX.matcher(value.replace(":", "").replace("-", "").replace(".", "")).find()) {
            out.add(Text.of("fact.mac.not-hex"));
        }
        return out;
    }
}
