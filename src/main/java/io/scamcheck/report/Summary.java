package io.scamcheck.report;

import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Messages;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A short plain text of the result, to paste in a chat or an email: the answer, why, what to do, and the few
 * facts a helper asks about first (sender, where replies go, where links lead, phone numbers, files).
 * Web addresses are written with their dots in brackets ({@code example[.]com}) so that a chat program does
 * not turn them into links someone could tap.
 */
public final class Summary {
    private static final int MAX_LIST = 5;

    private Summary() {
    }

    public static String of(Report report, Messages messages, ZonedDateTime checkedAt) {
        return of(ReportContent.of(report, messages, checkedAt), TechnicalDetails.of(report), messages);
    }

    public static String of(ReportContent c, TechnicalDetails d, Messages m) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.subject().isEmpty() ? m.get("report.summary.heading.no-subject")
                : m.get("report.summary.heading", clip(c.subject(), 120))).append('\n');
        sb.append(m.get("report.summary.verdict", c.headline())).append('\n');
        sb.append(c.summary()).append('\n');
        if (!c.reasonTitles().isEmpty()) {
            sb.append('\n').append(m.get("report.summary.reasons")).append('\n');
            for (String r : c.reasonTitles()) {
                sb.append("- ").append(r).append('\n');
            }
        }
        sb.append('\n').append(m.get("report.summary.steps")).append('\n');
        int i = 1;
        for (String s : c.steps()) {
            sb.append(i++).append(". ").append(s).append('\n');
        }
        List<String> facts = new ArrayList<>();
        d.sender().ifPresent(p -> facts.add(m.get("report.summary.sender", defang(party(p)))));
        if (!d.replyTo().isEmpty()) {
            facts.add(m.get("report.summary.reply-to",
                    defang(String.join(", ", d.replyTo().stream().map(Summary::party).toList()))));
        }
        Set<String> domains = new LinkedHashSet<>();
        for (TechnicalDetails.LinkDetail l : d.links()) {
            if (!l.domain().isEmpty()) {
                domains.add(l.domain());
            }
        }
        if (!domains.isEmpty()) {
            facts.add(m.get("report.summary.links", defang(list(new ArrayList<>(domains)))));
        }
        if (!d.phones().isEmpty()) {
            facts.add(m.get("report.summary.phones", list(d.phones().stream()
                    .map(p -> p.e164() + " (" + p.type() + (p.region().isEmpty() ? "" : ", " + p.region()) + ")")
                    .toList())));
        }
        if (!d.attachments().isEmpty()) {
            facts.add(m.get("report.summary.attachments", defang(list(d.attachments().stream()
                    .map(a -> a.name().isEmpty() ? a.contentType() : a.name()).toList()))));
        }
        if (!facts.isEmpty()) {
            sb.append('\n').append(m.get("report.summary.facts")).append('\n');
            for (String f : facts) {
                sb.append("- ").append(f).append('\n');
            }
        }
        sb.append('\n').append(m.get("report.summary.made", c.checkedAt(), c.programName())).append('\n');
        return sb.toString();
    }

    private static String party(TechnicalDetails.Party p) {
        return p.displayName().isEmpty() ? p.address() : p.displayName() + " <" + p.address() + ">";
    }

    private static String list(List<String> items) {
        List<String> shown = items.size() > MAX_LIST ? items.subList(0, MAX_LIST) : items;
        return String.join(", ", shown) + (items.size() > MAX_LIST ? ", \u2026" : "");
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "\u2026" : s;
    }

    /** Writes dots in names as [.] so a chat program does not make a tappable link of them. */
    static String defang(String s) {
        return s.replace(".", "[.]").replace("://", "[:]//");
    }
}
