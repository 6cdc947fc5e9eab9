package io.scamcheck.report;

import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Messages;
import io.scamcheck.intake.IntakeException;
import io.scamcheck.model.Span;


/** The command line's JSON: one object per message, on one line, as in DESIGN.md's contract. */
public final class JsonReport {
    private JsonReport() {
    }

    public static String of(String file, Report report, Messages messages) {
        String text = report.email().text();
        Json j = new Json().beginObject()
                .field("file", file)
                .field("verdict", report.verdict().verdict().id())
                .field("language", "en")
                .field("wordsLanguage", messages.locale().getLanguage())
                .field("headline", messages.format(report.verdict().headline()));
        // The signs that decided the verdict, most important first (at most three; none when no signs).
        j.name("reasons").beginArray();
        for (Finding f : report.verdict().reasons()) {
            j.beginObject().field("kind", f.kind().id()).field("title", messages.format(f.title())).endObject();
        }
        j.endArray();
        j.name("findings").beginArray();
        for (Finding f : report.findings()) {
            j.beginObject()
                    .field("kind", f.kind().id())
                    .field("severity", f.severity().id())
                    .field("title", messages.format(f.title()))
                    .field("explanation", messages.join(f.explanation()))
                    .field("advice", messages.format(f.advice()))
                    .field("evidence", messages.join(f.evidence()));
            j.name("spans").beginArray();
            for (Span s : f.spans()) {
                j.beginObject().field("start", s.start()).field("end", s.end())
                        .field("text", s.textOf(text)).endObject();
            }
            j.endArray().endObject();
        }
        j.endArray();
        // What intake did that the reader should know, such as checking the original inside a forward.
        j.name("notes").beginArray();
        for (io.scamcheck.i18n.Text note : report.email().notes()) {
            j.value(messages.format(note));
        }
        j.endArray();
        j.field("text", text);
        return j.endObject().toString();
    }

    public static String error(String file, IntakeException e, Messages messages) {
        return new Json().beginObject()
                .field("file", file)
                .field("error", messages.get(e.error().messageKey()))
                .field("code", e.error().id())
                .field("detail", e.getMessage())
                .endObject().toString();
    }
}
