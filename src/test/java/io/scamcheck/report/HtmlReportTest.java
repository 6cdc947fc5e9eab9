package io.scamcheck.report;

import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Messages;
import io.scamcheck.model.Span;
import io.scamcheck.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {
    private static final Messages EN = Messages.english();
    private static final Pattern REMOTE = Pattern.compile("(?i)(src|href|srcset|action|data)\\s*=\\s*[\"']?\\s*(https?:)?//");

    @Test
    void seedScamReportShowsVerdictMarksEveryFindingAndExplainsIt() {
        Report report = ReportTestSupport.seed();
        String html = HtmlReport.of(report, EN, ReportTestSupport.WHEN);
        Document doc = Jsoup.parse(html);

        assertThat(doc.selectFirst("section.verdict h2").text()).contains("This is very likely a scam");
        assertThat(doc.select("ol.steps li")).hasSize(report.verdict().steps().size());
        assertMarksAndExplanations(report, doc);
        assertThat(doc.text()).contains("+18442861916").contains("toll-free");
        assertThat(doc.select("footer").text()).contains("Is this a scam?").contains("2026");
    }

    @Test
    void ownSampleShowsLinkTargetsAsTextAndEveryDetail() {
        Report report = ReportTestSupport.bankNotice();
        String html = HtmlReport.of(report, EN, ReportTestSupport.WHEN);
        Document doc = Jsoup.parse(html);

        assertMarksAndExplanations(report, doc);
        Element links = doc.selectFirst("table.links");
        assertThat(links.text()).contains("https://www.securebank.com/login")
                .contains("http://login-check.badhost.example.net/secure").contains("example.net");
        assertThat(doc.select("a")).isEmpty(); // never a clickable link
        String details = doc.selectFirst("section.details").text();
        assertThat(details).contains("help-desk@claims-center.example.net") // Reply-To
                .contains("bounce@mailer-77.example.net") // Return-Path
                .contains("spf").contains("fail").contains("dmarc")
                .contains("statement.pdf.exe").contains("+18005550199")
                .contains("sender-host.example.net");
        // The route reads in the order the mail travelled: the first server first.
        assertThat(details.indexOf("sender-host.example.net")).isLessThan(details.indexOf("inbound.example.org"));
    }

    @Test
    void needsNothingFromTheNetworkAndRunsNoScript() {
        for (Report report : List.of(ReportTestSupport.bankNotice(),
                Fixtures.analyze(Fixtures.paste("See <img src=\"https://evil.example/x.png\"> and "
                        + "<link href=\"//evil.example/a.css\"> now. Visit https://evil.example/login")))) {
            String html = HtmlReport.of(report, EN, ReportTestSupport.WHEN);
            assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                    .doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("<iframe")
                    .doesNotContainIgnoringCase("<a ").doesNotContainIgnoringCase("url(")
                    .doesNotContainIgnoringCase("@import");
            assertThat(REMOTE.matcher(html).find()).as("a remote reference in an attribute").isFalse();
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("img, link, script, style[src], iframe, object, embed, a[href], base")).isEmpty();
            assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                    .contains("default-src 'none'");
        }
    }

    @Test
    void specialCharactersInTheMessageStayText() {
        Report report = ReportTestSupport.bankNotice();
        String html = HtmlReport.of(report, EN, ReportTestSupport.WHEN);
        Document doc = Jsoup.parse(html);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(doc.selectFirst("pre.text").text()).contains("<script>alert(1)</script>")
                .contains("\"quotes\" & ampersands");
        assertThat(doc.title()).isEqualTo("Scam check: Your account is on hold <urgent> & locked");

        Report pasted = Fixtures.analyze(Fixtures.paste("Hello <b>there</b> \"you\" & 'me' <script>alert(1)</script>"));
        String html2 = HtmlReport.of(pasted, EN, ReportTestSupport.WHEN);
        assertThat(html2).doesNotContainIgnoringCase("<script").doesNotContain("<b>");
        assertThat(Jsoup.parse(html2).selectFirst("pre.text").text()).contains("<script>alert(1)</script>");
    }

    @Test
    void printStyleKeepsBlocksTogether() {
        String html = HtmlReport.of(ReportTestSupport.bankNotice(), EN, ReportTestSupport.WHEN);
        assertThat(html).contains("@media print").contains("break-inside: avoid");
    }

    /** Every finding's words are inside a mark that carries its number, and every explanation is listed. */
    private static void assertMarksAndExplanations(Report report, Document doc) {
        String text = report.email().text();
        assertThat(report.findings()).isNotEmpty();
        int n = 1;
        for (Finding f : report.findings()) {
            String number = String.valueOf(n);
            String marked = String.join("", doc.select("mark").stream()
                    .filter(mk -> List.of(mk.attr("data-finding").split(" ")).contains(number))
                    .map(mk -> String.join("", mk.textNodes().stream().map(t -> t.getWholeText()).toList())).toList()).replaceAll("\\s+", " ");
            for (Span s : f.spans()) {
                assertThat(marked).as("words of finding %s (%s)", n, f.kind().id())
                        .contains(s.textOf(text).replaceAll("\\s+", " ").strip());
            }
            if (!f.spans().isEmpty()) {
                assertThat(doc.select("mark span.label").eachText()).contains(number);
            }
            Element article = doc.getElementById("finding-" + n);
            assertThat(article).as("explanation %s", n).isNotNull();
            assertThat(article.text()).contains(EN.format(f.title())).contains(EN.join(f.explanation()))
                    .contains(EN.format(f.advice()));
            for (var e : f.evidence()) {
                assertThat(article.text()).contains(EN.format(e));
            }
            n++;
        }
    }
}
