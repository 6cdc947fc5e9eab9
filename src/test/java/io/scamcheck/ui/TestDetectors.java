package io.scamcheck.ui;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.detect.Detector;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.detect.Severity;
import io.scamcheck.i18n.Messages;
import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.Knowledge;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A stand-in for the real detectors while they are written elsewhere: it marks fixed phrases of the seed
 * scam, including two findings whose words overlap, with test-only wording.
 */
final class TestDetectors {
    private TestDetectors() {
    }

    static final String SEED = """
            We have found instances of child pornography accessed from your IP address & MAC Address.
            IP Address: 206.19.86.255
            MAC Address : A0:95:6D:C7

            This is violation of Information Technology Act of 1996. For now we are Cancelling your Windows \
            License, which means stopping all windows activities & updates on your computer.

            If this was not You and would like to Reinstate the Windows License, Please call MS Support Team \
            at 1-844-286-1916 for further help.

            Microsoft Support
            1 844 286 1916
            """;

    static final String MAC_TITLE = "It says it knows your MAC address";
    static final String CALL_TITLE = "It asks you to call a phone number";
    static final String CAPS_TITLE = "Odd capital letters";

    /** Test-only words for the stand-in findings; everything else comes from the real bundle. */
    private static final Map<String, String> WORDS = Map.of(
            "test.mac.title", MAC_TITLE,
            "test.mac.explanation", "Nobody on the internet can see that number.",
            "test.mac.advice", "Do not reply.",
            "test.mac.evidence", "Shown value: A0:95:6D:C7 (4 pairs, not 6)",
            "test.call.title", CALL_TITLE,
            "test.call.explanation", "Microsoft does not ask you to phone a number.",
            "test.call.advice", "Do not call it.",
            "test.caps.title", CAPS_TITLE,
            "test.caps.explanation", "Capitals in odd places are common in mass scams.",
            "test.caps.advice", "Take it as one more sign.");

    /** One background thread for the window's checks, which never keeps the test JVM alive. */
    static java.util.concurrent.ExecutorService checkThread() {
        return java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-check");
            t.setDaemon(true);
            return t;
        });
    }

    static Wording wording() {
        Messages messages = Messages.english();
        return t -> WORDS.containsKey(t.key()) ? WORDS.get(t.key()) : messages.format(t);
    }

    static Analyzer analyzer() {
        return new Analyzer(List.of(
                phrase("test-mac", Kind.MAC_ADDRESS_CLAIM, Severity.DANGER, "MAC Address : A0:95:6D:C7", "mac", true),
                phrase("test-call", Kind.CALL_THIS_NUMBER, Severity.DANGER,
                        "call MS Support Team at 1-844-286-1916", "call", false),
                phrase("test-caps", Kind.ODD_CAPITALIZATION, Severity.CAUTION, "Please call MS Support Team",
                        "caps", false)),
                Knowledge.standard());
    }

    /** A detector that reports every occurrence of a fixed phrase as one finding. */
    static Detector phrase(String name, Kind kind, Severity severity, String words, String key,
                           boolean evidence) {
        Pattern p = Pattern.compile(Pattern.quote(words));
        return new Detector() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Finding> detect(io.scamcheck.detect.Analysis analysis) {
                var spans = analysis.findInText(p);
                if (spans.isEmpty()) {
                    return List.of();
                }
                Finding.Builder b = Finding.of(kind).severity(severity).spans(spans)
                        .title(Text.of("test." + key + ".title"))
                        .explanation(Text.of("test." + key + ".explanation"))
                        .advice(Text.of("test." + key + ".advice"));
                if (evidence) {
                    b.evidence(Text.of("test." + key + ".evidence"));
                }
                return List.of(b.build());
            }
        };
    }
}
