package io.scamcheck.verdict;

import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.detect.Severity;
import io.scamcheck.i18n.Text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * From findings to a verdict. Each kind counts once, by its strongest finding. Weak signs (odd capitals, a
 * generic greeting, a deadline, mass mailing) add a little and can never make a message a likely scam alone;
 * three different ones together, outside list and newsletter mail, make it suspicious (see
 * docs/decisions/0008-weak-signs-together.md).
 */
public final class VerdictEngine {
    /**
     * Signs that are common in honest mail too: each adds one point to stronger signs, whatever its severity
     * (a hidden recipient list is reported as {@code info}, but counts like the others).
     */
    public static final Set<Kind> WEAK = EnumSet.of(Kind.ODD_CAPITALIZATION, Kind.GENERIC_GREETING,
            Kind.MASS_MAILING, Kind.URGENT_DEADLINE);

    static final int LIKELY_SCAM_SCORE = 8;
    static final int SUSPICIOUS_SCORE = 2;
    /** How many different weak signs make a message suspicious with no stronger sign. */
    static final int WEAK_KINDS_SUSPICIOUS = 3;

    private VerdictEngine() {
    }

    public static int weight(Severity s) {
        return switch (s) {
            case DANGER -> 5;
            case WARNING -> 3;
            case CAUTION -> 1;
            case INFO -> 0;
        };
    }

    public static VerdictResult decide(List<Finding> findings) {
        return decide(findings, false);
    }

    /**
     * As {@link #decide(List)}; {@code bulk} says the message has the structure of a mailing list, a newsletter
     * or a delivery report. Such mail goes to many people by design, so the weak signs (a deadline, a greeting
     * without a name, a hidden list) add nothing there; a strong sign counts in full all the same.
     */
    public static VerdictResult decide(List<Finding> findings, boolean bulk) {
        Map<Kind, Finding> strongest = new LinkedHashMap<>();
        for (Finding f : findings) {
            strongest.merge(f.kind(), f, (a, b) -> a.severity().compareTo(b.severity()) <= 0 ? a : b);
        }
        int strong = 0;
        int weak = 0;
        int dangers = 0;
        for (Finding f : strongest.values()) {
            int w = weight(f.severity());
            if (WEAK.contains(f.kind())) {
                weak += bulk ? 0 : 1;
            } else {
                strong += w;
                if (f.severity() == Severity.DANGER) {
                    dangers++;
                }
            }
        }
        int score = strong + Math.min(weak, 3);
        Verdict v;
        if (strong > 0 && (dangers >= 2 || (dangers >= 1 && score >= LIKELY_SCAM_SCORE))) {
            v = Verdict.LIKELY_SCAM;
        } else if (strong > 0 && score >= SUSPICIOUS_SCORE || weak >= WEAK_KINDS_SUSPICIOUS) {
            v = Verdict.SUSPICIOUS;
        } else {
            v = Verdict.NO_SIGNS_FOUND;
        }
        List<Finding> reasons = new ArrayList<>(strongest.values());
        reasons.sort(io.scamcheck.detect.Analyzer.ORDER);
        if (v == Verdict.NO_SIGNS_FOUND) {
            reasons = List.of();
        } else if (reasons.size() > 3) {
            reasons = reasons.subList(0, 3);
        }
        return new VerdictResult(v, score, Text.of(v.headlineKey()), Text.of(v.summaryKey()), reasons,
                steps(v));
    }

    private static List<Text> steps(Verdict v) {
        List<Text> steps = new ArrayList<>();
        for (int i = 1; ; i++) {
            String key = "verdict." + v.id() + ".step" + i;
            if (!STEP_COUNTS.containsKey(v) || i > STEP_COUNTS.get(v)) {
                break;
            }
            steps.add(Text.of(key));
        }
        return steps;
    }

    /** How many numbered steps each verdict has in the bundle (verdict.ID.step1 ... stepN). */
    private static final Map<Verdict, Integer> STEP_COUNTS = Map.of(
            Verdict.LIKELY_SCAM, 4,
            Verdict.SUSPICIOUS, 3,
            Verdict.NO_SIGNS_FOUND, 3);
}
