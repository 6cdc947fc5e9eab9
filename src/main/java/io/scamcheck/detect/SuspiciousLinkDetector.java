package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.DomainLists;
import io.scamcheck.knowledge.DomainNames;
import io.scamcheck.model.Link;
import io.scamcheck.model.Span;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code suspicious-link}: a link built with a trick. It goes to a bare number (an IP address) instead of a
 * name; puts a name before an @ sign, which the browser ignores ({@code http://paypal.com@evil.xyz}); hides
 * its destination behind a shortener; leads to a page anyone can put up on a cloud or free hosting service;
 * downloads a program or an archive; or runs code (javascript:, data:).
 * Ordinary https links, even many of them through click counters, are not suspicious.
 * One finding per trick, with every link that uses it highlighted.
 */
public final class SuspiciousLinkDetector implements Detector {

    enum Trick {
        USER_AT_HOST("fact.suspicious-link.user-at-host", Severity.DANGER),
        SCRIPT("fact.suspicious-link.script", Severity.WARNING),
        BARE_IP("fact.suspicious-link.bare-ip", Severity.WARNING),
        PROGRAM_DOWNLOAD("fact.suspicious-link.program", Severity.WARNING),
        ARCHIVE_DOWNLOAD("fact.suspicious-link.archive", Severity.CAUTION),
        SHORTENER("fact.suspicious-link.shortener", Severity.CAUTION),
        FREE_HOSTING("fact.suspicious-link.free-hosting", Severity.CAUTION);

        final String factKey;
        final Severity severity;

        Trick(String factKey, Severity severity) {
            this.factKey = factKey;
            this.severity = severity;
        }
    }

    @Override
    public String name() {
        return "suspicious-link";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        DomainLists lists = analysis.knowledge().domainLists();
        Map<Trick, List<Link>> found = new EnumMap<>(Trick.class);
        Map<Trick, String> firstDetail = new EnumMap<>(Trick.class);
        String fromOwner = MailFacts.sender(analysis.email()).map(a -> DomainNames.registrable(a.domain())).orElse("");
        for (Link link : analysis.email().links()) {
            Optional<Trick> trick = trick(link.target(), lists, firstDetail);
            if (trick.isPresent() && trick.get() == Trick.SHORTENER && !fromOwner.isEmpty()
                    && LinkTextMismatchDetector.targetHost(link.target())
                    .map(h -> ReplyToMismatchDetector.sameCompany(analysis, DomainNames.registrable(h), fromOwner))
                    .orElse(false)) {
                continue; // a company's own shortener in its own mail (t.co in mail from X, lnkd.in from LinkedIn)
            }
            trick.ifPresent(t -> found.computeIfAbsent(t, k -> new ArrayList<>()).add(link));
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Trick, List<Link>> e : found.entrySet()) {
            Trick t = e.getKey();
            List<Span> spans = e.getValue().stream().map(Link::span).filter(s -> s.length() > 0).toList();
            Severity severity = t.severity;
            boolean inSight = e.getValue().stream().allMatch(SuspiciousLinkDetector::showsItself);
            if (t == Trick.BARE_IP && inSight) {
                severity = Severity.CAUTION; // the number is in plain sight, not hidden behind words
            } else if ((t == Trick.SHORTENER || t == Trick.FREE_HOSTING) && !inSight) {
                severity = Severity.WARNING; // hidden behind words as well
            }
            Finding.Builder b = Finding.of(Kind.SUSPICIOUS_LINK).severity(severity).spans(spans);
            String detail = firstDetail.get(t);
            Link first = e.getValue().get(0);
            if (t == Trick.USER_AT_HOST) {
                String[] parts = detail.split("\n", 2);
                b.fact(Text.of(t.factKey, parts[0], parts[1]));
            } else {
                b.fact(Text.of(t.factKey, detail.isEmpty() ? MailFacts.clip(first.target(), 80) : detail));
            }
            int n = 0;
            for (Link l : e.getValue()) {
                if (n++ >= 10) {
                    break;
                }
                b.evidence(Text.of("evidence.link.target", MailFacts.clip(l.shownText(), 120),
                        MailFacts.clip(l.target(), 300)));
            }
            out.add(b.build());
        }
        return out;
    }

    /** Whether a link's shown words are its own target, so the reader sees where it goes. */
    private static boolean showsItself(Link link) {
        String shown = link.shownText().strip();
        String target = link.target().strip();
        if (shown.isEmpty()) {
            return false;
        }
        String t = target.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
        String s = shown.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
        String host = DomainNames.parseUrl(target).map(DomainNames.Url::host).orElse("");
        return !host.isEmpty() && s.startsWith(host) && t.startsWith(s);
    }

    /** The trick a link target uses, if any; the words to name it are kept in {@code details} the first time. */
    static Optional<Trick> trick(String rawTarget, DomainLists lists, Map<Trick, String> details) {
        String target = rawTarget == null ? "" : rawTarget.strip();
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("javascript:") || lower.startsWith("vbscript:") || lower.startsWith("data:")) {
            details.putIfAbsent(Trick.SCRIPT, lower.substring(0, lower.indexOf(':') + 1));
            return Optional.of(Trick.SCRIPT);
        }
        Optional<DomainNames.Url> parsed = DomainNames.parseUrl(target);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        DomainNames.Url url = parsed.get();
        if (!url.userInfo().isEmpty() && !url.scheme().equals("ftp")) {
            String shown = url.userInfo();
            int colon = shown.indexOf(':');
            shown = colon >= 0 ? shown.substring(0, colon) : shown;
            details.putIfAbsent(Trick.USER_AT_HOST, MailFacts.clip(shown, 80) + "\n" + url.host());
            return Optional.of(Trick.USER_AT_HOST);
        }
        if (DomainNames.isIpAddress(url.host())) {
            details.putIfAbsent(Trick.BARE_IP, url.host());
            return Optional.of(Trick.BARE_IP);
        }
        String ending = fileEnding(url.path());
        if (LINK_PROGRAMS.contains(ending) || DangerousAttachmentDetector.DISK_IMAGES.contains(ending)) {
            details.putIfAbsent(Trick.PROGRAM_DOWNLOAD, "." + ending);
            return Optional.of(Trick.PROGRAM_DOWNLOAD);
        }
        if (DOWNLOAD_ARCHIVES.contains(ending)) {
            details.putIfAbsent(Trick.ARCHIVE_DOWNLOAD, "." + ending);
            return Optional.of(Trick.ARCHIVE_DOWNLOAD);
        }
        if (lists.isShortener(url.host())) {
            details.putIfAbsent(Trick.SHORTENER, url.host());
            return Optional.of(Trick.SHORTENER);
        }
        Optional<String> hosting = lists.freeHostingService(url.host());
        if (hosting.isPresent()) {
            details.putIfAbsent(Trick.FREE_HOSTING, hosting.get());
            return Optional.of(Trick.FREE_HOSTING);
        }
        return Optional.empty();
    }

    /**
     * Program endings for links: the attachment list less the endings that are also common top-level
     * domains (.com, .app, .sh, .one), since a path often ends in a site's name (/go/www.shop.com).
     */
    private static final java.util.Set<String> LINK_PROGRAMS = DangerousAttachmentDetector.PROGRAMS.stream()
            .filter(e -> !java.util.Set.of("com", "app", "sh", "one", "url", "inf").contains(e))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Archives that hide programs; source tarballs (.tar.gz) are everyday downloads for programmers. */
    private static final java.util.Set<String> DOWNLOAD_ARCHIVES = java.util.Set.of("zip", "rar", "7z", "ace",
            "arj", "cab", "lzh", "r00", "zipx");

    /** The ending of the last part of a path, before any ? or #: "exe" for /files/setup.exe?x=1. */
    static String fileEnding(String path) {
        String p = path;
        int cut = p.length();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '?' || c == '#') {
                cut = i;
                break;
            }
        }
        p = p.substring(0, cut);
        if (p.indexOf('%') >= 0) {
            try {
                p = URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // keep it as written
            }
        }
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        String last = p.substring(slash + 1).strip().toLowerCase(Locale.ROOT);
        int dot = last.lastIndexOf('.');
        if (dot <= 0 || dot == last.length() - 1) {
            return "";
        }
        String e = last.substring(dot + 1);
        return e.length() > 12 ? "" : e;
    }
}
