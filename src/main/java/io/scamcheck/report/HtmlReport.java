package io.scamcheck.report;

import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Messages;

import java.time.ZonedDateTime;
import java.util.List;

import static io.scamcheck.report.ReportContent.severityRank;

/**
 * The report as one web page that needs nothing else: the style is inside, there are no pictures, no
 * scripts and no links. A policy in the page forbids loading anything, so a browser with no network shows it
 * whole, and a web address from the message is only ever shown as text. Every piece of the message is
 * escaped, so nothing in it can act as markup.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String of(Report report, Messages messages, ZonedDateTime checkedAt) {
        return of(ReportContent.of(report, messages, checkedAt), messages);
    }

    public static String of(ReportContent c, Messages m) {
        StringBuilder h = new StringBuilder(c.messageText().length() * 2 + 16_000);
        String title = c.subject().isEmpty() ? m.get("report.title.no-subject") : m.get("report.title", c.subject());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(m.locale().getLanguage().isEmpty() ? "en"
                : m.locale().getLanguage())).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<main>\n");

        h.append("<p class=\"made\">").append(esc(m.get("report.made", c.checkedAt(), c.programName())))
                .append("<br>").append(esc(m.get("report.local"))).append("</p>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");

        h.append("<section class=\"verdict verdict-").append(esc(c.verdictId())).append("\">\n<h2>")
                .append(esc(m.get("report.verdict"))).append(": ").append(esc(c.headline())).append("</h2>\n<p>")
                .append(esc(c.summary())).append("</p>\n");
        if (!c.reasons().isEmpty()) {
            h.append("<h3>").append(esc(m.get("report.reasons"))).append("</h3>\n<ul>\n");
            for (String r : c.reasons()) {
                h.append("<li>").append(esc(r)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<h3>").append(esc(m.get("report.steps"))).append("</h3>\n<ol class=\"steps\">\n");
        for (String s : c.steps()) {
            h.append("<li>").append(esc(s)).append("</li>\n");
        }
        h.append("</ol>\n</section>\n");

        h.append("<section class=\"message\">\n<h2>").append(esc(m.get("report.message"))).append("</h2>\n");
        if (!c.marks().isEmpty()) {
            h.append("<p class=\"hint\">").append(esc(m.get("report.message.hint"))).append("</p>\n");
        }
        if (!c.notes().isEmpty()) {
            h.append("<p class=\"hint\">").append(esc(m.get("report.notes"))).append(' ')
                    .append(esc(String.join(" ", c.notes()))).append("</p>\n");
        }
        h.append("<pre class=\"text\">");
        marked(h, c.messageText(), c.marks());
        h.append("</pre>\n</section>\n");

        h.append("<section class=\"findings\">\n<h2>").append(esc(m.get("report.findings"))).append("</h2>\n");
        if (c.findings().isEmpty()) {
            h.append("<p>").append(esc(m.get("report.findings.none"))).append("</p>\n");
        }
        for (ReportContent.Explained f : c.findings()) {
            h.append("<article class=\"finding sev-").append(esc(f.severityId())).append("\" id=\"finding-")
                    .append(f.number()).append("\">\n<h3><span class=\"num\">").append(f.number())
                    .append("</span> ").append(esc(f.title())).append("</h3>\n<p class=\"severity\">")
                    .append(esc(f.severityWords())).append("</p>\n<p>").append(esc(f.explanation())).append("</p>\n")
                    .append("<p><strong>").append(esc(m.get("report.advice"))).append("</strong> ")
                    .append(esc(f.advice())).append("</p>\n");
            if (!f.words().isEmpty()) {
                h.append("<p class=\"words\"><strong>").append(esc(m.get("report.words"))).append("</strong> ");
                int shown = 0;
                for (String w : f.words()) {
                    if (shown++ > 0) {
                        h.append(" &middot; ");
                    }
                    h.append("<q>").append(esc(w)).append("</q>");
                }
                h.append("</p>\n");
            }
            if (!f.evidence().isEmpty()) {
                h.append("<p class=\"evidence\"><strong>").append(esc(m.get("report.evidence")))
                        .append("</strong></p>\n<ul class=\"evidence\">\n");
                for (String e : f.evidence()) {
                    h.append("<li>").append(esc(e)).append("</li>\n");
                }
                h.append("</ul>\n");
            }
            h.append("</article>\n");
        }
        h.append("</section>\n");

        h.append("<section class=\"details\">\n<h2>").append(esc(m.get("report.details"))).append("</h2>\n");
        for (ReportContent.Section s : c.details()) {
            h.append("<h3>").append(esc(s.title())).append("</h3>\n");
            if (s.rows().isEmpty()) {
                h.append("<p class=\"none\">").append(esc(s.empty())).append("</p>\n");
                continue;
            }
            h.append("<table class=\"").append(esc(s.id())).append("\">\n<thead><tr>");
            for (String col : s.columns()) {
                h.append("<th>").append(esc(col)).append("</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
            for (List<String> row : s.rows()) {
                h.append("<tr>");
                for (String cell : row) {
                    h.append("<td>").append(esc(cell).replace("\n", "<br>")).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");
        h.append("<footer><p>").append(esc(m.get("report.made", c.checkedAt(), c.programName())))
                .append("</p></footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * The message text with each finding's words inside a mark. Where findings overlap, the overlapping words
     * carry every number; each finding's number is shown as a small label where its words begin.
     */
    static void marked(StringBuilder h, String text, List<ReportContent.Mark> marks) {
        for (ReportContent.Piece p : ReportContent.pieces(text, marks)) {
            List<ReportContent.Mark> active = p.marks();
            String piece = esc(text.substring(p.start(), p.end()));
            if (active.isEmpty()) {
                h.append(piece);
                continue;
            }
            ReportContent.Mark strongest = active.get(0);
            StringBuilder numbers = new StringBuilder();
            for (ReportContent.Mark k : active) {
                if (severityRank(k.severityId()) < severityRank(strongest.severityId())) {
                    strongest = k;
                }
                numbers.append(numbers.length() > 0 ? " " : "").append(k.number());
            }
            h.append("<mark class=\"sev-").append(esc(strongest.severityId())).append("\" data-finding=\"")
                    .append(numbers).append("\">");
            for (ReportContent.Mark k : active) {
                if (k.start() == p.start()) {
                    h.append("<span class=\"label\">").append(k.number()).append("</span>");
                }
            }
            h.append(piece).append("</mark>");
        }
    }

    /** Escapes text for HTML content and attribute values; drops characters HTML cannot carry. */
    public static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\r' -> {
                }
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        sb.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c) && (i + 1 >= s.length()
                            || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                        sb.append('\uFFFD');
                    } else if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
              font-size: 16px; line-height: 1.5; color: #111; background: #fff; margin: 0; }
            main { max-width: 50em; margin: 0 auto; padding: 1.5em; }
            h1 { font-size: 1.6em; margin: 0.3em 0; overflow-wrap: anywhere; }
            h2 { font-size: 1.3em; margin: 1.2em 0 0.4em; }
            h3 { font-size: 1.1em; margin: 1em 0 0.3em; }
            .made, .hint, footer { color: #444; font-size: 0.9em; }
            .verdict { border: 3px solid #666; border-radius: 8px; padding: 0.5em 1em; }
            .verdict h2 { margin-top: 0.3em; }
            .verdict-likely-scam { border-color: #b00020; background: #fdecee; }
            .verdict-suspicious { border-color: #b35c00; background: #fff4e5; }
            .verdict-no-signs-found { border-color: #1f5fa8; background: #eef4fb; }
            pre.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: inherit; font-size: 1em;
              border: 1px solid #999; border-radius: 6px; padding: 0.8em; background: #fafafa; }
            mark { padding: 0 0.1em; border-radius: 3px; color: #000; }
            mark.sev-danger { background: #ffc9cf; border-bottom: 2px solid #b00020; }
            mark.sev-warning { background: #ffe0b2; border-bottom: 2px solid #b35c00; }
            mark.sev-caution { background: #fff3a8; border-bottom: 2px dotted #7a6500; }
            mark.sev-info { background: #dde8f5; border-bottom: 2px dotted #1f5fa8; }
            .label, .num { display: inline-block; min-width: 1.3em; text-align: center; font-weight: bold;
              font-size: 0.75em; line-height: 1.3em; border-radius: 0.65em; background: #222; color: #fff;
              margin-right: 0.2em; vertical-align: 0.15em; }
            .num { font-size: 0.9em; }
            .finding { border-left: 6px solid #666; padding: 0.1em 0 0.1em 0.8em; margin: 1em 0; }
            .finding.sev-danger { border-color: #b00020; }
            .finding.sev-warning { border-color: #b35c00; }
            .finding.sev-caution { border-color: #c9a600; }
            .finding.sev-info { border-color: #1f5fa8; }
            .finding h3 { margin-top: 0.2em; }
            .severity { font-weight: bold; color: #333; margin: 0; }
            .finding p { margin: 0.4em 0; overflow-wrap: anywhere; }
            ul.evidence { margin-top: 0; color: #333; font-size: 0.95em; }
            table { border-collapse: collapse; width: 100%; margin: 0.3em 0 1em; font-size: 0.9em; }
            th, td { border: 1px solid #aaa; padding: 0.25em 0.4em; text-align: left; vertical-align: top;
              overflow-wrap: anywhere; word-break: break-word; }
            th { background: #eee; }
            .none { color: #444; font-style: italic; }
            footer { border-top: 1px solid #aaa; margin-top: 2em; padding-top: 0.5em; }
            @page { size: auto; margin: 15mm; }
            @media print {
              body { font-size: 11pt; }
              main { max-width: none; padding: 0; }
              .verdict, .finding, tr, mark { break-inside: avoid; page-break-inside: avoid; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              pre.text { background: #fff; }
              mark, .label, .num, .verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;
}
