package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.model.Attachment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code dangerous-attachment}: an attached file that can run a program or show a fake page when opened:
 * programs and scripts, disk images, web pages (HTML, SVG), archives, Office files with macros, a harmless
 * ending in front of a program's ({@code invoice.pdf.exe}), or a hidden sign that writes the name backwards.
 * Files are judged by name and declared type only; nothing is ever opened.
 */
public final class DangerousAttachmentDetector implements Detector {
    /** At most this many attachments are reported, one finding each. */
    static final int MAX_FINDINGS = 5;

    enum Danger {
        PROGRAM("fact.attachment.program", Severity.DANGER),
        DISK_IMAGE("fact.attachment.disk-image", Severity.DANGER),
        DOUBLE_ENDING("fact.attachment.double-ending", Severity.DANGER),
        REVERSED_NAME("fact.attachment.reversed-name", Severity.DANGER),
        WEB_PAGE("fact.attachment.web-page", Severity.WARNING),
        SVG("fact.attachment.svg", Severity.WARNING),
        ARCHIVE("fact.attachment.archive", Severity.WARNING),
        MACRO("fact.attachment.macro", Severity.WARNING);

        final String factKey;
        final Severity severity;

        Danger(String factKey, Severity severity) {
            this.factKey = factKey;
            this.severity = severity;
        }
    }

    static final Set<String> PROGRAMS = Set.of("exe", "scr", "com", "pif", "bat", "cmd", "msi", "msix", "msp",
            "appx", "appxbundle", "vbs", "vbe", "js", "jse", "wsf", "wsh", "wsc", "hta", "ps1", "psm1", "jar",
            "lnk", "cpl", "reg", "dll", "apk", "app", "sh", "command", "gadget", "inf", "scf", "url", "chm",
            "msc", "application", "xll", "iqy", "slk", "one", "library-ms", "settingcontent-ms", "mobileconfig",
            "xbap", "ws", "pyw", "vb");
    static final Set<String> DISK_IMAGES = Set.of("iso", "img", "vhd", "vhdx", "dmg");
    static final Set<String> WEB_PAGES = Set.of("html", "htm", "shtml", "xhtml", "mht", "mhtml", "xht");
    static final Set<String> ARCHIVES = Set.of("zip", "rar", "7z", "ace", "arj", "cab", "gz", "tgz", "tar",
            "bz2", "xz", "lzh", "z", "uue", "r00", "r01", "zipx");
    static final Set<String> MACROS = Set.of("docm", "dotm", "xlsm", "xltm", "xlsb", "xlam", "pptm", "potm",
            "ppam", "ppsm", "sldm");
    /** Endings people trust, which a program's name may wear in front of its real ending. */
    static final Set<String> HARMLESS_LOOKING = Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
            "txt", "rtf", "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "mp3", "mp4", "wav", "avi", "mov",
            "csv", "odt", "ods", "html", "htm", "eml", "msg", "zip");
    private static final Map<String, Danger> TYPES = Map.ofEntries(
            Map.entry("application/x-msdownload", Danger.PROGRAM),
            Map.entry("application/x-msdos-program", Danger.PROGRAM),
            Map.entry("application/x-dosexec", Danger.PROGRAM),
            Map.entry("application/x-executable", Danger.PROGRAM),
            Map.entry("application/vnd.microsoft.portable-executable", Danger.PROGRAM),
            Map.entry("application/x-ms-shortcut", Danger.PROGRAM),
            Map.entry("application/hta", Danger.PROGRAM),
            Map.entry("application/java-archive", Danger.PROGRAM),
            Map.entry("application/x-sh", Danger.PROGRAM),
            Map.entry("application/vnd.android.package-archive", Danger.PROGRAM),
            Map.entry("application/x-iso9660-image", Danger.DISK_IMAGE),
            Map.entry("application/x-apple-diskimage", Danger.DISK_IMAGE),
            Map.entry("text/html", Danger.WEB_PAGE),
            Map.entry("application/xhtml+xml", Danger.WEB_PAGE),
            Map.entry("image/svg+xml", Danger.SVG),
            Map.entry("application/zip", Danger.ARCHIVE),
            Map.entry("application/x-zip-compressed", Danger.ARCHIVE),
            Map.entry("application/x-rar-compressed", Danger.ARCHIVE),
            Map.entry("application/vnd.rar", Danger.ARCHIVE),
            Map.entry("application/x-7z-compressed", Danger.ARCHIVE),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", Danger.MACRO),
            Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", Danger.MACRO),
            Map.entry("application/vnd.ms-powerpoint.presentation.macroenabled.12", Danger.MACRO));

    @Override
    public String name() {
        return "dangerous-attachment";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        List<Finding> out = new ArrayList<>();
        // A real delivery report returns the reader's own message, attachments included: one step weaker.
        boolean deliveryReport = MailFacts.isDeliveryReport(analysis.email());
        for (Attachment a : analysis.email().attachments()) {
            if (out.size() >= MAX_FINDINGS) {
                break;
            }
            Classified c = classify(a);
            if (c == null) {
                continue;
            }
            String shownName = a.name().isBlank() ? a.contentType() : visibleName(a.name());
            Severity severity = c.danger().severity;
            if (deliveryReport) {
                severity = severity == Severity.DANGER ? Severity.WARNING : Severity.CAUTION;
            }
            Finding.Builder b = Finding.of(Kind.DANGEROUS_ATTACHMENT).severity(severity);
            if (c.danger() == Danger.DOUBLE_ENDING) {
                b.fact(Text.of(c.danger().factKey, shownName, c.shownEnding(), c.realEnding()));
            } else {
                b.fact(Text.of(c.danger().factKey, shownName));
            }
            b.evidence(Text.of("evidence.attachment.file", MailFacts.clip(a.name(), 200), a.contentType(),
                    a.size() < 0 ? "?" : Long.toString(a.size())));
            out.add(b.build());
        }
        return out;
    }

    record Classified(Danger danger, String shownEnding, String realEnding) {
    }

    /** What kind of danger a file is, or null when its name and type show none. */
    static Classified classify(Attachment a) {
        String name = a.name() == null ? "" : a.name().strip();
        if (name.indexOf('\u202e') >= 0 || name.indexOf('\u202d') >= 0) {
            return new Classified(Danger.REVERSED_NAME, "", "");
        }
        String clean = visibleName(name).toLowerCase(Locale.ROOT);
        String ending = ending(clean);
        if (!ending.isEmpty()) {
            String before = ending(stripEnding(clean).strip());
            boolean runs = PROGRAMS.contains(ending) || DISK_IMAGES.contains(ending);
            if (runs && HARMLESS_LOOKING.contains(before)) {
                return new Classified(Danger.DOUBLE_ENDING, before, ending);
            }
            if (PROGRAMS.contains(ending)) {
                return new Classified(Danger.PROGRAM, "", ending);
            }
            if (DISK_IMAGES.contains(ending)) {
                return new Classified(Danger.DISK_IMAGE, "", ending);
            }
            if (WEB_PAGES.contains(ending)) {
                return new Classified(Danger.WEB_PAGE, "", ending);
            }
            if (ending.equals("svg") || ending.equals("svgz")) {
                return new Classified(Danger.SVG, "", ending);
            }
            if (ARCHIVES.contains(ending)) {
                return new Classified(Danger.ARCHIVE, "", ending);
            }
            if (MACROS.contains(ending)) {
                return new Classified(Danger.MACRO, "", ending);
            }
            return null; // a named file of an ordinary kind: its name wins over a vague declared type
        }
        String type = a.contentType() == null ? "" : a.contentType().toLowerCase(Locale.ROOT).strip();
        Danger d = TYPES.get(type);
        return d == null ? null : new Classified(d, "", "");
    }

    /** The name without invisible format characters, so "invoice.pdf\u200b.exe" reads as it ends. */
    static String visibleName(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String ending(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return "";
        }
        String e = name.substring(dot + 1).strip();
        return e.length() > 20 ? "" : e;
    }

    private static String stripEnding(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
