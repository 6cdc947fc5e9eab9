package io.scamcheck.report;

import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTest {
    private static final Messages EN = Messages.english();

    @Test
    void seedSummaryHasVerdictReasonsStepsAndKeyFacts() {
        Report report = ReportTestSupport.seed();
        String s = Summary.of(report, EN, ReportTestSupport.WHEN);
        assertThat(s).startsWith("Scam check of \u201cWindows License Suspended\u201d\n")
                .contains("Answer: This is very likely a scam\n")
                .contains("\nWhy:\n- It pretends to come from a company\n")
                .contains("What to do now:\n1. Do not call any number")
                .contains("Sent from: Microsoft Support <support@ms-help[.]xyz>")
                .contains("Phone numbers: +18442861916 (toll-free, US)");
        assertThat(s.lines().count()).isLessThan(30);
        assertThat(s).doesNotContain("http").doesNotContain("(see ");
    }

    @Test
    void linksAreWrittenSoChatsDoNotMakeThemTappable() {
        String s = Summary.of(ReportTestSupport.bankNotice(), EN, ReportTestSupport.WHEN);
        assertThat(s).contains("Links lead to: example[.]net")
                .contains("Replies go to: help-desk@claims-center[.]example[.]net")
                .contains("Attached files: statement[.]pdf[.]exe");
        assertThat(s).doesNotContain("example.net");
    }
}
