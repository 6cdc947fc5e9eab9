package io.scamcheck.report;

import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Messages;
import io.scamcheck.testing.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReportTest {
    private static final Messages EN = Messages.english();

    @Test
    void seedScamPdfHasTheVerdictAndEveryFindingTitle() throws IOException {
        Report report = ReportTestSupport.seed();
        String text = textOf(PdfReport.of(report, EN, ReportTestSupport.WHEN));
        assertThat(text).contains("This is very likely a scam");
        for (Finding f : report.findings()) {
            assertThat(text).contains(EN.format(f.title()));
        }
        assertThat(text).contains("1-844-286-1916").contains("+18442861916");
    }

    @Test
    void ownSampleShowsTheRealLinkTarget() throws IOException {
        String text = textOf(PdfReport.of(ReportTestSupport.bankNotice(), EN, ReportTestSupport.WHEN));
        assertThat(text).contains("http://login-check.badhost.example.net/secure")
                .contains("<script>alert(1)</script>");
    }

    @Test
    void cyrillicEmojiAndChineseNeverMakeItFail() throws IOException {
        Report report = Fixtures.analyze(Fixtures.paste(
                "Срочно! Ваш аккаунт заблокирован. \uD83D\uDE00\uD83D\uDCB0 Call 1-844-286-1916 now to unlock it. "
                        + "您的账户已被冻结 \u200b\tTab\u0007 and a lone \uD800 half. "
                        + "x".repeat(400)));
        byte[] pdf = PdfReport.of(report, EN, ReportTestSupport.WHEN);
        String text = textOf(pdf);
        assertThat(text).contains("Срочно").contains("аккаунт"); // Cyrillic is shown
        assertThat(text).contains("\u25a1"); // emoji and Chinese are replaced by a visible box
        assertThat(text).contains("They appear as");
    }

    @Test
    void aLongMessageFlowsOverPages() throws IOException {
        Report report = Fixtures.analyze(Fixtures.paste("Your account is suspended. Act within 24 hours.\n"
                .repeat(300)));
        try (PDDocument doc = Loader.loadPDF(PdfReport.of(report, EN, ReportTestSupport.WHEN))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
        }
    }

    static String textOf(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
