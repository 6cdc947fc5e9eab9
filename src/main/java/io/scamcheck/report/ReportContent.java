package io.scamcheck.report;

import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Messages;
import io.scamcheck.i18n.Text;
import io.scamcheck.model.Span;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A checked message already in words, in the reader's language: what the HTML report, the PDF report, the
 * plain-text summary and the window's details view all show. One place decides what goes into a report, so
 * the formats say the same thing.
 *
 * <p>Findings are numbered from 1 in the order the checker lists them; each mark in the message carries the
 * number of its finding.
 */
public record ReportContent(String programName, String checkedAt, String verdictId, String headline,
                            String summary, List<String> reasons, List<String> reasonTitles, List<String> steps, String subject,
                            String messageText, List<Mark> marks, List<Explained> findings,
                            List<Section> details, List<String> notes) {

    /** Words of finding {@code number} in the message, at [start, end). */
    public record Mark(int start, int end, int number, String severityId) {
    }

    /** A stretch of the message text and the marks that cover all of it (none: plain text), in mark order. */
    public record Piece(int start, int end, List<Mark> marks) {
    }

    /** The text cut at every start and end of a mark, in order, each piece with the marks that cover it. */
    public static List<Piece> pieces(String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Mark k : marks) {
            cuts.add(k.start());
            cuts.add(k.end());
        }
        List<Integer> points = new ArrayList<>(cuts);
        List<Piece> pieces = new ArrayList<>(points.size());
        for (int i = 0; i + 1 < points.size(); i++) {
            int from = points.get(i);
            int to = points.get(i + 1);
            List<Mark> active = new ArrayList<>();
            for (Mark k : marks) {
                if (k.start() <= from && k.end() >= to) {
                    active.add(k);
                }
            }
            pieces.add(new Piece(from, to, active));
        }
        return pieces;
    }

    /** Orders severity ids most serious first: danger, warning, caution, then any other. */
    static int severityRank(String severityId) {
        return switch (severityId) {
            case "danger" -> 0;
            case "warning" -> 1;
            case "caution" -> 2;
            default -> 3;
        };
    }

    /** One finding in words. */
    public record Explained(int number, String kindId, String severityId, String severityWords, String title,
                            String explanation, String advice, List<String> evidence, List<String> words) {
    }

    /** A table of technical details: a title, column names, rows; {@code empty} is said when there are none. */
    public record Section(String id, String title, List<String> columns, List<List<String>> rows, String empty) {
    }

    /** At most this many characters of the message go into a report; a note says when it was cut. */
    public static final int MAX_MESSAGE = 200_000;
    /** At most this many marks in the message, so a report of a message with thousands of hits stays quick. */
    public static final int MAX_MARKS = 2_000;

    public ReportContent {
        reasons = List.copyOf(reasons);
        reasonTitles = List.copyOf(reasonTitles);
        steps = List.copyOf(steps);
        marks = List.copyOf(marks);
        findings = List.copyOf(findings);
        details = List.copyOf(details);
        notes = List.copyOf(notes);
    }

    public static ReportContent of(Report report, Messages m, ZonedDateTime checkedAt) {
        String text = report.email().text();
        List<String> notes = new ArrayList<>();
        for (Text note : report.email().notes()) {
            notes.add(m.format(note));
        }
        String shown = text;
        if (text.length() > MAX_MESSAGE) {
            shown = text.substring(0, MAX_MESSAGE);
            notes.add(m.get("report.message.cut", MAX_MESSAGE));
        }
        Map<Finding, Integer> numbers = new IdentityHashMap<>();
        List<Explained> explained = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        int n = 1;
        for (Finding f : report.findings()) {
            numbers.put(f, n);
            List<String> words = new ArrayList<>();
            for (Span s : f.spans()) {
                if (s.end() <= text.length()) {
                    words.add(TechnicalDetails.oneLine(s.textOf(text)));
                }
                if (s.end() <= shown.length() && s.length() > 0 && marks.size() < MAX_MARKS) {
                    marks.add(new Mark(s.start(), s.end(), n, f.severity().id()));
                }
            }
            List<String> evidence = f.evidence().stream().map(m::format).toList();
            explained.add(new Explained(n, f.kind().id(), f.severity().id(),
                    m.get("report.severity." + f.severity().id()), m.format(f.title()), m.join(f.explanation()),
                    m.format(f.advice()), evidence, words.stream().distinct().toList()));
            n++;
        }
        List<String> reasons = new ArrayList<>();
        List<String> reasonTitles = new ArrayList<>();
        for (Finding f : report.verdict().reasons()) {
            Integer at = numbers.get(f);
            String title = m.format(f.title());
            reasonTitles.add(title);
            reasons.add(at == null ? title : m.get("report.reason", title, String.valueOf(at)));
        }
        List<String> steps = report.verdict().steps().stream().map(m::format).toList();
        String date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG).withLocale(m.locale())
                .format(checkedAt);
        String subject = report.email().subject().map(TechnicalDetails::oneLine).orElse("");
        return new ReportContent(m.get("window.title"), date, report.verdict().verdict().id(),
                m.format(report.verdict().headline()), m.format(report.verdict().summary()), reasons, reasonTitles, steps,
                subject, shown, marks, explained, details(TechnicalDetails.of(report), m), notes);
    }

    /** The technical details as tables, for the whole message and then for each finding. */
    public static List<Section> details(TechnicalDetails d, Messages m) {
        String none = m.get("report.details.none");
        List<Section> out = new ArrayList<>();
        List<List<String>> sender = new ArrayList<>();
        d.sender().ifPresent(p -> sender.add(List.of(m.get("report.details.from"), p.displayName(), p.address(),
                p.domain())));
        for (TechnicalDetails.Party p : d.replyTo()) {
            sender.add(List.of(m.get("report.details.reply-to"), p.displayName(), p.address(), p.domain()));
        }
        if (!d.returnPath().isEmpty()) {
            int at = d.returnPath().lastIndexOf('@');
            String host = at >= 0 ? d.returnPath().substring(at + 1) : "";
            sender.add(List.of(m.get("report.details.return-path"), "", d.returnPath(), host));
        }
        out.add(new Section("sender", m.get("report.details.sender"), List.of(m.get("report.details.role"),
                m.get("report.details.name"), m.get("report.details.address"), m.get("report.details.domain")),
                sender, m.get("report.details.sender.none")));

        out.add(new Section("links", m.get("report.details.links"), List.of(m.get("report.details.link.text"),
                m.get("report.details.link.target"), m.get("report.details.domain")),
                d.links().stream().map(l -> List.of(l.shownText(), l.target(), l.domain())).toList(), none));

        out.add(new Section("authentication", m.get("report.details.auth"), List.of(m.get("report.details.check"),
                m.get("report.details.result"), m.get("report.details.more")),
                d.authentication().stream().map(a -> List.of(a.method(), a.result(), a.details())).toList(),
                m.get("report.details.auth.none")));

        out.add(new Section("attachments", m.get("report.details.attachments"), List.of(
                m.get("report.details.file"), m.get("report.details.type"), m.get("report.details.size")),
                d.attachments().stream().map(a -> List.of(a.name(), a.contentType(),
                        a.size() < 0 ? m.get("report.details.unknown") : m.get("report.details.bytes", a.size())))
                        .toList(), none));

        out.add(new Section("phones", m.get("report.details.phones"), List.of(m.get("report.details.written"),
                m.get("report.details.e164"), m.get("report.details.phone-type"), m.get("report.details.region")),
                d.phones().stream().map(p -> List.of(p.written(), p.e164(), p.type(), p.region())).toList(),
                none));

        List<List<String>> hops = new ArrayList<>();
        int i = 1;
        for (TechnicalDetails.Hop h : d.route()) {
            hops.add(List.of(String.valueOf(i++), h.from(), h.by(), h.date()));
        }
        out.add(new Section("route", m.get("report.details.route"), List.of(m.get("report.details.hop.n"), m.get("report.details.hop.from"),
                m.get("report.details.hop.by"), m.get("report.details.hop.date")), hops,
                m.get("report.details.route.none")));

        List<List<String>> kinds = new ArrayList<>();
        for (TechnicalDetails.FindingDetail f : d.findings()) {
            StringBuilder spans = new StringBuilder();
            for (TechnicalDetails.SpanText s : f.spans()) {
                if (spans.length() > 0) {
                    spans.append('\n');
                }
                spans.append(m.get("report.details.span", String.valueOf(s.start()), String.valueOf(s.end()),
                        TechnicalDetails.oneLine(s.text())));
            }
            String evidence = String.join("\n", f.evidence().stream().map(m::format).toList());
            kinds.add(List.of(String.valueOf(f.number()), f.kindId(), f.severityId(), spans.toString(), evidence));
        }
        out.add(new Section("findings", m.get("report.details.findings"), List.of(m.get("report.details.number"), m.get("report.details.kind"),
                m.get("report.details.severity"), m.get("report.details.spans"), m.get("report.details.evidence")),
                kinds, none));
        return out;
    }

    /** The section with this id, such as {@code links}. */
    public Section section(String id) {
        return details.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
