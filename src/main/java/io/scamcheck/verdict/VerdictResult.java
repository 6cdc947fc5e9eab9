package io.scamcheck.verdict;

import io.scamcheck.detect.Finding;
import io.scamcheck.i18n.Text;

import java.util.List;

/**
 * The verdict with its words: a headline, a one-line summary, the findings that decided it (most important
 * first), and the steps of "what to do now".
 */
public record VerdictResult(Verdict verdict, int score, Text headline, Text summary, List<Finding> reasons,
                            List<Text> steps) {
    public VerdictResult {
        reasons = List.copyOf(reasons);
        steps = List.copyOf(steps);
    }
}
