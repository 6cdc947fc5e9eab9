package io.scamcheck.report;

import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.scamcheck.report.ReportContent.severityRank;

/**
 * The report as a PDF, to print or send: the same content as {@link HtmlReport} (see {@link ReportContent}),
 * laid out here line by line with Apache PDFBox. The font is Liberation Sans, which ships inside pdfbox and is
 * embedded (only the letters used). It covers Latin, Greek and Cyrillic; any sign it cannot show (an emoji,
 * Chinese) is replaced by a visible box and a note says so, so no message makes the PDF fail. See
 * docs/decisions/0006-pdf-reports.md.
 */
public final class PdfReport {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.35f;
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT");

    static {
        // PDFBox logs through Commons Logging, which would hand over to the Log4j API that Apache POI brings
        // along; with no Log4j behind it that prints an error line. Java's own logging instead, unless set.
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null
                && System.getProperty("org.apache.commons.logging.Log") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory",
                    "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
        }
    }

    private PdfReport() {
    }

    /** Letter paper where it is the usual size, A4 elsewhere. */
    public static PDRectangle paperFor(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? PDRectangle.LETTER : PDRectangle.A4;
    }

    public static byte[] of(Report report, Messages messages, ZonedDateTime checkedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(ReportContent.of(report, messages, checkedAt), messages,
                paperFor(Locale.getDefault(Locale.Category.FORMAT)), out);
        return out.toByteArray();
    }

    public static void write(ReportContent c, Messages m, PDRectangle paper, OutputStream out) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = PdfReport.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("font missing: " + FONT);
                }
                font = PDType0Font.load(doc, in, true);
            }
            Layout l = new Layout(doc, font, paper);
            String title = c.subject().isEmpty() ? m.get("report.title.no-subject")
                    : m.get("report.title", c.subject());
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(l.clean(title));
            info.setCreator(c.programName());
            Calendar now = GregorianCalendar.getInstance();
            info.setCreationDate(now);

            l.paragraph(List.of(Run.plain(m.get("report.made", c.checkedAt(), c.programName()) + " "
                    + m.get("report.local")).color(GREY)), 9, 0, false);
            l.gap(4);
            l.heading(title, 17);

            Color edge = VERDICT.getOrDefault(c.verdictId(), GREY);
            l.gap(4);
            float boxTop = l.y;
            l.indentBlock(10);
            l.heading(m.get("report.verdict") + ": " + c.headline(), 14);
            l.paragraph(List.of(Run.plain(c.summary())), BODY, 0, false);
            if (!c.reasons().isEmpty()) {
                l.paragraph(List.of(Run.bold(m.get("report.reasons"))), BODY, 0, false);
                for (String r : c.reasons()) {
                    l.paragraph(List.of(Run.plain("\u2022 " + r)), BODY, 10, false);
                }
            }
            l.paragraph(List.of(Run.bold(m.get("report.steps"))), BODY, 0, false);
            int i = 1;
            for (String s : c.steps()) {
                l.paragraph(List.of(Run.plain(i++ + ". " + s)), BODY, 10, false);
            }
            l.indentBlock(0);
            l.sideBar(boxTop, edge);
            l.gap(8);

            l.heading(m.get("report.message"), 14);
            if (!c.marks().isEmpty()) {
                l.paragraph(List.of(Run.plain(m.get("report.message.hint")).color(GREY)), 9, 0, false);
            }
            if (!c.notes().isEmpty()) {
                l.paragraph(List.of(Run.plain(m.get("report.notes") + " " + String.join(" ", c.notes()))
                        .color(GREY)), 9, 0, false);
            }
            l.gap(3);
            l.paragraph(markedRuns(c), BODY, 0, true);
            l.gap(8);

            l.heading(m.get("report.findings"), 14);
            if (c.findings().isEmpty()) {
                l.paragraph(List.of(Run.plain(m.get("report.findings.none"))), BODY, 0, false);
            }
            for (ReportContent.Explained f : c.findings()) {
                l.gap(4);
                float top = l.y;
                l.indentBlock(10);
                List<Run> head = new ArrayList<>();
                head.add(Run.bold(" " + f.number() + " ").color(Color.WHITE).background(Color.DARK_GRAY));
                head.add(Run.bold(" " + f.title()));
                l.paragraph(head, 12, 0, false);
                l.paragraph(List.of(Run.bold(f.severityWords()).color(GREY)), 9.5f, 0, false);
                l.paragraph(List.of(Run.plain(f.explanation())), BODY, 0, false);
                l.paragraph(List.of(Run.bold(m.get("report.advice") + " "), Run.plain(f.advice())), BODY, 0, false);
                if (!f.words().isEmpty()) {
                    List<Run> w = new ArrayList<>();
                    w.add(Run.bold(m.get("report.words") + " "));
                    for (int k = 0; k < f.words().size(); k++) {
                        w.add(Run.plain((k > 0 ? " \u00b7 " : "") + "\u201c" + f.words().get(k) + "\u201d"));
                    }
                    l.paragraph(w, BODY, 0, false);
                }
                if (!f.evidence().isEmpty()) {
                    l.paragraph(List.of(Run.bold(m.get("report.evidence"))), 9.5f, 0, false);
                    for (String e : f.evidence()) {
                        l.paragraph(List.of(Run.plain("\u2022 " + e).color(GREY)), 9.5f, 10, false);
                    }
                }
                l.indentBlock(0);
                l.sideBar(top, SEVERITY.getOrDefault(f.severityId(), GREY));
            }
            l.gap(8);

            l.heading(m.get("report.details"), 14);
            for (ReportContent.Section s : c.details()) {
                l.gap(3);
                l.heading(s.title(), 11.5f);
                if (s.rows().isEmpty()) {
                    l.paragraph(List.of(Run.plain(s.empty()).color(GREY)), 9.5f, 0, false);
                    continue;
                }
                for (List<String> row : s.rows()) {
                    List<Run> runs = new ArrayList<>();
                    for (int k = 0; k < row.size() && k < s.columns().size(); k++) {
                        if (row.get(k).isEmpty()) {
                            continue;
                        }
                        runs.add(Run.bold((runs.isEmpty() ? "\u2022 " : "   ") + s.columns().get(k) + ": "));
                        runs.add(Run.plain(row.get(k).replace("\n", "; ")));
                    }
                    l.paragraph(runs, 9.5f, 0, false);
                }
            }
            l.gap(10);
            l.paragraph(List.of(Run.plain(m.get("report.made", c.checkedAt(), c.programName())).color(GREY)),
                    9, 0, false);
            if (l.replaced) {
                l.paragraph(List.of(Run.plain(m.get("report.pdf.unshown", "\u201c" + l.replacement + "\u201d"))
                        .color(GREY)), 9, 0, false);
            }
            l.finish();
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message as runs: plain text, and each finding's words on a coloured ground with its number first. */
    private static List<Run> markedRuns(ReportContent c) {
        String text = c.messageText();
        List<Run> runs = new ArrayList<>();
        for (ReportContent.Piece p : ReportContent.pieces(text, c.marks())) {
            String strongest = null;
            for (ReportContent.Mark k : p.marks()) {
                if (k.start() == p.start()) {
                    runs.add(Run.bold(" " + k.number() + " ").color(Color.WHITE).background(Color.DARK_GRAY)
                            .small());
                }
                if (strongest == null || severityRank(k.severityId()) < severityRank(strongest)) {
                    strongest = k.severityId();
                }
            }
            Run r = Run.plain(text.substring(p.start(), p.end()));
            runs.add(strongest == null ? r : r.background(MARK.get(strongest)));
        }
        return runs;
    }

    private static final Color GREY = new Color(0x44, 0x44, 0x44);
    private static final Map<String, Color> VERDICT = Map.of("likely-scam", new Color(0xb0, 0x00, 0x20),
            "suspicious", new Color(0xb3, 0x5c, 0x00), "no-signs-found", new Color(0x1f, 0x5f, 0xa8));
    private static final Map<String, Color> SEVERITY = Map.of("danger", new Color(0xb0, 0x00, 0x20),
            "warning", new Color(0xb3, 0x5c, 0x00), "caution", new Color(0xc9, 0xa6, 0x00),
            "info", new Color(0x1f, 0x5f, 0xa8));
    private static final Map<String, Color> MARK = Map.of("danger", new Color(0xff, 0xc9, 0xcf),
            "warning", new Color(0xff, 0xe0, 0xb2), "caution", new Color(0xff, 0xf3, 0xa8),
            "info", new Color(0xdd, 0xe8, 0xf5));

    /** A piece of text in one style. */
    private record Run(String text, boolean bold, Color color, Color background, boolean isSmall) {
        static Run plain(String t) {
            return new Run(t, false, Color.BLACK, null, false);
        }

        static Run bold(String t) {
            return new Run(t, true, Color.BLACK, null, false);
        }

        Run color(Color c) {
            return new Run(text, bold, c, background, isSmall);
        }

        Run background(Color c) {
            return new Run(text, bold, color, c, isSmall);
        }

        Run small() {
            return new Run(text, bold, color, background, true);
        }
    }

    /** A piece placed on a line. */
    private record Placed(String text, float x, float width, float size, Run style) {
    }

    /** Writes lines from top to bottom, starting a new page when one is full. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final PDRectangle paper;
        private final Map<Integer, Boolean> showable = new HashMap<>();
        private final String replacement;
        private PDPageContentStream cs;
        private float y;
        private float indent;
        private int pages;
        boolean replaced;

        Layout(PDDocument doc, PDType0Font font, PDRectangle paper) throws IOException {
            this.doc = doc;
            this.font = font;
            this.paper = paper;
            this.replacement = canShow('\u25a1') ? "\u25a1" : "?";
            newPage();
        }

        private boolean canShow(int cp) {
            return showable.computeIfAbsent(cp, k -> {
                try {
                    font.encode(new String(Character.toChars(k)));
                    return font.getStringWidth(new String(Character.toChars(k))) >= 0;
                } catch (IOException | RuntimeException e) {
                    return false;
                }
            });
        }

        /** The text with tabs as spaces, controls dropped, and signs the font lacks replaced by a box. */
        String clean(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                if (cp == '\t') {
                    sb.append("    ");
                } else if (cp == '\n') {
                    sb.append('\n');
                } else if (Character.isISOControl(cp) || cp == 0xFEFF || cp == 0x200B || cp == 0x200C
                        || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F)) {
                    // nothing to draw: control signs, zero-width signs and emoji style selectors
                } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    sb.append(' ');
                } else if (canShow(cp)) {
                    sb.appendCodePoint(cp);
                } else {
                    replaced = true;
                    sb.append(replacement);
                }
            });
            return sb.toString();
        }

        private float width(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000f * size;
        }

        private float right() {
            return paper.getWidth() - MARGIN;
        }

        void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(paper);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            pages++;
            y = paper.getHeight() - MARGIN;
        }

        void finish() throws IOException {
            cs.close();
        }

        void gap(float points) {
            y -= points;
        }

        void indentBlock(float points) {
            indent = points;
        }

        /** A coloured bar in the left margin from {@code top} down to the current line (on this page). */
        void sideBar(float top, Color color) throws IOException {
            float from = Math.min(top, paper.getHeight() - MARGIN);
            if (from <= y) {
                from = paper.getHeight() - MARGIN; // the block went on to a new page
            }
            cs.setNonStrokingColor(color);
            cs.addRect(MARGIN, y, 4, from - y);
            cs.fill();
        }

        void heading(String text, float size) throws IOException {
            gap(size * 0.3f);
            paragraph(List.of(Run.bold(text)), size, 0, false);
            gap(size * 0.15f);
        }

        /**
         * Lays out runs as wrapped lines. In {@code pre} mode line breaks are kept and runs of spaces too;
         * otherwise text flows. A word wider than the line is broken between letters.
         */
        void paragraph(List<Run> runs, float size, float extraIndent, boolean pre) throws IOException {
            float left = MARGIN + indent + extraIndent;
            float max = right() - left;
            List<Placed> line = new ArrayList<>();
            float x = 0;
            float lineSize = size;
            for (Run run : runs) {
                float s = run.isSmall() ? size * 0.8f : size;
                String text = clean(run.text());
                if (!pre) {
                    text = text.replace('\n', ' ');
                }
                int i = 0;
                while (i < text.length()) {
                    char c = text.charAt(i);
                    if (c == '\n') {
                        flush(line, left, lineSize);
                        line = new ArrayList<>();
                        x = 0;
                        i++;
                        continue;
                    }
                    int j = i;
                    if (c == ' ') {
                        while (j < text.length() && text.charAt(j) == ' ') {
                            j++;
                        }
                    } else {
                        while (j < text.length() && text.charAt(j) != ' ' && text.charAt(j) != '\n') {
                            j++;
                        }
                    }
                    String piece = text.substring(i, j);
                    i = j;
                    float w = width(piece, s);
                    if (piece.charAt(0) == ' ') {
                        if (x == 0 && !pre) {
                            continue; // no space at the start of a flowing line
                        }
                        if (x + w > max) {
                            flush(line, left, lineSize);
                            line = new ArrayList<>();
                            x = 0;
                            continue;
                        }
                    } else if (x + w > max) {
                        if (x > 0) {
                            flush(line, left, lineSize);
                            line = new ArrayList<>();
                            x = 0;
                        }
                        while (w > max) { // a very long word: break it between letters
                            int cut = fit(piece, s, max);
                            String head = piece.substring(0, cut);
                            line.add(new Placed(head, 0, width(head, s), s, run));
                            flush(line, left, lineSize);
                            line = new ArrayList<>();
                            piece = piece.substring(cut);
                            w = width(piece, s);
                        }
                    }
                    line.add(new Placed(piece, x, w, s, run));
                    x += w;
                }
            }
            if (!line.isEmpty() || runs.isEmpty()) {
                flush(line, left, lineSize);
            }
        }

        /** How many chars of {@code s} fit in {@code max} (at least one code point). */
        private int fit(String s, float size, float max) throws IOException {
            int n = Character.charCount(s.codePointAt(0));
            while (n < s.length()) {
                int next = n + Character.charCount(s.codePointAt(n));
                if (width(s.substring(0, next), size) > max) {
                    break;
                }
                n = next;
            }
            return n;
        }

        private void flush(List<Placed> line, float left, float size) throws IOException {
            float height = size * LEADING;
            if (y - height < MARGIN) {
                newPage();
            }
            float base = y - size;
            for (Placed p : line) {
                if (p.style().background() != null) {
                    cs.setNonStrokingColor(p.style().background());
                    cs.addRect(left + p.x(), base - p.size() * 0.25f, p.width(), p.size() * 1.2f);
                    cs.fill();
                }
            }
            for (Placed p : line) {
                cs.beginText();
                cs.setFont(font, p.size());
                cs.setNonStrokingColor(p.style().color());
                if (p.style().bold()) {
                    cs.setStrokingColor(p.style().color());
                    cs.setLineWidth(p.size() * 0.035f);
                    cs.setRenderingMode(RenderingMode.FILL_STROKE);
                } else {
                    cs.setRenderingMode(RenderingMode.FILL);
                }
                cs.newLineAtOffset(left + p.x(), base);
                cs.showText(p.text());
                cs.endText();
            }
            y -= height;
        }
    }
}
