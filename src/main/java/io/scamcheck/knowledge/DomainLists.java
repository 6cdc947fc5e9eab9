package io.scamcheck.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Lists of domains with a meaning for senders and links, each from a data file under knowledge/:
 * free webmail services ({@code free-webmail.txt}), link shorteners ({@code shorteners.txt}), the click
 * counters and link guards that newsletters and mail providers put in front of links
 * ({@code click-trackers.txt}), and services where anyone can put up a page
 * ({@code free-hosting.txt}). Adding a service is a change to a file, not to code.
 */
public final class DomainLists {
    private static volatile DomainLists standard;

    private final Set<String> webmailDomains;
    private final Set<String> webmailLabels;
    private final Set<String> shorteners;
    private final Set<String> clickTrackers;
    private final List<String> clickPaths;
    private final Set<String> freeHosting;

    DomainLists(List<String> webmail, List<String> shorteners, List<String> clickTrackers, List<String> freeHosting) {
        Set<String> domains = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (String w : webmail) {
            String s = w.strip().toLowerCase(Locale.ROOT);
            if (s.endsWith(".*")) {
                labels.add(s.substring(0, s.length() - 2));
            } else if (!s.isEmpty()) {
                domains.add(s);
            }
        }
        this.webmailDomains = Set.copyOf(domains);
        this.webmailLabels = Set.copyOf(labels);
        this.shorteners = normalized(shorteners);
        this.clickTrackers = normalized(clickTrackers.stream().filter(h -> !h.startsWith("/")).toList());
        this.clickPaths = clickTrackers.stream().filter(h -> h.startsWith("/")).toList();
        this.freeHosting = normalized(freeHosting);
    }

    /** The lists shipped with the program, loaded on first use. */
    public static DomainLists standard() {
        DomainLists d = standard;
        if (d == null) {
            synchronized (DomainLists.class) {
                d = standard;
                if (d == null) {
                    d = new DomainLists(lines("free-webmail.txt"), lines("shorteners.txt"),
                            lines("click-trackers.txt"), lines("free-hosting.txt"));
                    standard = d;
                }
            }
        }
        return d;
    }

    private static List<String> lines(String file) {
        List<String> out = new ArrayList<>();
        Knowledge.readLines(file, line -> out.add(line.strip()));
        return out;
    }

    private static Set<String> normalized(List<String> hosts) {
        Set<String> out = new HashSet<>();
        for (String h : hosts) {
            String n = DomainNames.normalizeHost(h);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return Set.copyOf(out);
    }

    /** Whether mail from this domain (or host) comes from a free webmail service anyone can sign up to. */
    public boolean isFreeWebmail(String domain) {
        String reg = DomainNames.registrable(domain);
        if (reg.isEmpty()) {
            return false;
        }
        if (webmailDomains.contains(reg)) {
            return true;
        }
        int dot = reg.indexOf('.');
        return dot > 0 && webmailLabels.contains(reg.substring(0, dot));
    }

    /** Whether the host is a link shortener (the host itself or a subdomain of a listed one). */
    public boolean isShortener(String host) {
        return matchesHostOrParent(shorteners, host);
    }

    /** Whether the host is a newsletter click counter or a mail provider's link guard. */
    public boolean isClickTracker(String host) {
        return matchesHostOrParent(clickTrackers, host);
    }

    /**
     * Whether the host belongs to a service where anyone can put up a page or a file under the service's
     * name (cloud storage, free site builders, tunnels), including Amazon S3 buckets.
     */
    public boolean isFreeHosting(String host) {
        return freeHostingService(host).isPresent();
    }

    /** The hosting service's own name for a host on it ({@code storage.googleapis.com}), if it is one. */
    public Optional<String> freeHostingService(String host) {
        String h = DomainNames.normalizeHost(host);
        String part = h;
        int guard = 0;
        while (!part.isEmpty() && guard++ < 64) {
            if (freeHosting.contains(part)) {
                return Optional.of(part);
            }
            int dot = part.indexOf('.');
            if (dot < 0) {
                break;
            }
            part = part.substring(dot + 1);
        }
        if (h.endsWith(".amazonaws.com")) {
            for (String label : h.split("\\.")) {
                if (label.startsWith("s3")) {
                    return Optional.of("amazonaws.com");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a link's path starts the way a mail service's click counter's does on a company's own link
     * domain ({@code /ls/click?upn=...}), so the link is a newsletter's counted link.
     */
    public boolean isClickTrackerPath(String path) {
        if (path == null) {
            return false;
        }
        for (String p : clickPaths) {
            if (path.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesHostOrParent(Set<String> set, String host) {
        String h = DomainNames.normalizeHost(host);
        int guard = 0;
        while (!h.isEmpty() && guard++ < 64) {
            if (set.contains(h)) {
                return true;
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                return false;
            }
            h = h.substring(dot + 1);
        }
        return false;
    }

    public int webmailCount() {
        return webmailDomains.size() + webmailLabels.size();
    }

    public int shortenerCount() {
        return shorteners.size();
    }

    public int clickTrackerCount() {
        return clickTrackers.size();
    }
}
