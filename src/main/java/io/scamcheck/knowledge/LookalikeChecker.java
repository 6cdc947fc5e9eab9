package io.scamcheck.knowledge;

import com.ibm.icu.text.SpoofChecker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds host names made to look like a known company's: letters swapped for look-alikes ({@code paypa1},
 * {@code rnicrosoft}, Cyrillic {@code а} for Latin {@code a}: Unicode TS #39 skeletons from ICU's
 * SpoofChecker), a letter or two changed, added, dropped or swapped (Damerau-Levenshtein distance), the
 * company's address put in front of someone else's ({@code paypal.com.secure-login.xyz}), the company's name
 * inside a bought name ({@code paypal-secure.xyz}), and one name mixing alphabets. The companies and their
 * real domains come from {@link Knowledge#brands()}; a brand's first domain is taken as its main name.
 */
public final class LookalikeChecker {

    /** Why a host looks like a company's without being one of its addresses. */
    public enum Reason {
        /** Some letters are swapped for letters that look the same (same TS #39 skeleton). */
        LETTERS,
        /** One or two letters differ: changed, added, dropped or swapped. */
        TYPO,
        /** The company's real address stands in front of someone else's domain. */
        BRAND_DOMAIN_IN_FRONT,
        /** The company's name is a part in front of someone else's domain. */
        BRAND_NAME_IN_FRONT,
        /** The company's name is a word inside a name someone else bought. */
        BRAND_NAME_INSIDE,
        /** The name mixes letters from different alphabets (Latin and Cyrillic, for example). */
        MIXED_ALPHABETS
    }

    /** A look-alike: the host as found, the domain its owner bought, why, and the company it imitates. */
    public record Lookalike(String host, String registrable, Reason reason, Brand brand, String brandDomain) {
        public Optional<Brand> brandIfKnown() {
            return Optional.ofNullable(brand);
        }
    }

    private record Target(Brand brand, String domain, String label, String skeleton, boolean main) {
    }

    /** Labels shorter than this are only matched by look-alike letters, never by one changed letter. */
    static final int MIN_TYPO_LENGTH = 6;
    /** From this length on, two changed letters still count as a typo. */
    static final int TWO_TYPOS_LENGTH = 9;
    /** A company name shorter than this is not looked for inside other names. */
    static final int MIN_NAME_INSIDE_LENGTH = 3;

    private final List<Brand> brands;
    private final List<Target> targets = new ArrayList<>();
    private final Map<String, List<Target>> bySkeleton = new HashMap<>();
    private final Set<String> brandLabels = new HashSet<>();
    private final SpoofChecker skeletons;
    private final SpoofChecker mixedScripts;
    /** Answers already worked out, by host as written; emptied when it grows large. */
    private final Map<String, Optional<Lookalike>> cache = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 20_000;

    public LookalikeChecker(List<Brand> brands) {
        this.brands = List.copyOf(brands);
        this.skeletons = new SpoofChecker.Builder().build();
        this.mixedScripts = new SpoofChecker.Builder()
                .setChecks(SpoofChecker.RESTRICTION_LEVEL)
                .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
                .build();
        for (Brand b : this.brands) {
            boolean first = true;
            for (String d : b.domains()) {
                String label = DomainNames.registrableLabel(d);
                if (label.isEmpty()) {
                    continue;
                }
                Target t = new Target(b, DomainNames.normalizeHost(d), label, skeleton(label), first);
                first = false;
                targets.add(t);
                bySkeleton.computeIfAbsent(t.skeleton(), k -> new ArrayList<>()).add(t);
                brandLabels.add(label);
            }
        }
    }

    /** The TS #39 skeleton, case-blind: {@code rnicrosoft}, {@code micr0soft} and {@code microsoft} agree. */
    String skeleton(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return skeletons.getSkeleton(lower).toLowerCase(Locale.ROOT);
    }

    /** Checks a host name (or a mail domain); empty when it is a company's own or looks like none. */
    public Optional<Lookalike> check(String rawHost) {
        if (rawHost == null) {
            return Optional.empty();
        }
        Optional<Lookalike> cached = cache.get(rawHost);
        if (cached != null) {
            return cached;
        }
        Optional<Lookalike> answer = compute(rawHost);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(rawHost, answer);
        return answer;
    }

    private Optional<Lookalike> compute(String rawHost) {
        String host = DomainNames.normalizeHost(rawHost);
        if (host.isEmpty() || DomainNames.isIpAddress(host) || host.startsWith("[")) {
            return Optional.empty();
        }
        String reg = DomainNames.registrable(host);
        if (reg.isEmpty() || ownedByABrand(reg)) {
            return Optional.empty();
        }
        String regLabel = DomainNames.registrableLabel(host);
        String front = host.length() > reg.length() ? host.substring(0, host.length() - reg.length() - 1) : "";
        String skel = skeleton(regLabel);

        // 1. The company's name with look-alike letters.
        if (!brandLabels.contains(regLabel)) {
            for (Target t : bySkeleton.getOrDefault(skel, List.of())) {
                if (!t.label().equals(regLabel)) {
                    return found(host, reg, Reason.LETTERS, t);
                }
            }
        }
        // 2. One name with letters from different alphabets.
        if (mixesAlphabets(host)) {
            Target t = bySkeleton.getOrDefault(skel, List.of()).stream().findFirst().orElse(null);
            return Optional.of(new Lookalike(host, reg, Reason.MIXED_ALPHABETS, t == null ? null : t.brand(),
                    t == null ? "" : t.domain()));
        }
        // 3. The company's real address in front of someone else's domain: paypal.com.secure-login.xyz
        if (!front.isEmpty()) {
            String dotted = "." + front + ".";
            for (Target t : targets) {
                if (dotted.contains("." + t.domain() + ".")) {
                    return found(host, reg, Reason.BRAND_DOMAIN_IN_FRONT, t);
                }
            }
        }
        // 4. A letter or two away from the company's main name: paypall, micosoft.
        if (!brandLabels.contains(regLabel)) {
            for (Target t : targets) {
                if (!t.main() || t.label().length() < MIN_TYPO_LENGTH) {
                    continue;
                }
                int allowed = t.label().length() >= TWO_TYPOS_LENGTH ? 2 : 1;
                if (Math.abs(skel.length() - t.skeleton().length()) <= allowed
                        && distance(skel, t.skeleton(), allowed) <= allowed) {
                    return found(host, reg, Reason.TYPO, t);
                }
            }
        }
        // 5. The company's main name as a part in front of someone else's domain: paypal.secure-login.xyz
        if (!front.isEmpty()) {
            Set<String> words = words(front);
            for (Target t : targets) {
                if (t.main() && t.label().length() >= MIN_NAME_INSIDE_LENGTH && words.contains(t.skeleton())) {
                    return found(host, reg, Reason.BRAND_NAME_IN_FRONT, t);
                }
            }
        }
        // 6. The company's main name as a word inside a bought name: paypal-secure.xyz
        if (regLabel.indexOf('-') > 0) {
            Set<String> words = words(regLabel);
            for (Target t : targets) {
                if (t.main() && t.label().length() >= MIN_NAME_INSIDE_LENGTH && words.contains(t.skeleton())) {
                    return found(host, reg, Reason.BRAND_NAME_INSIDE, t);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Lookalike> found(String host, String reg, Reason reason, Target t) {
        return Optional.of(new Lookalike(host, reg, reason, t.brand(), t.domain()));
    }

    private boolean ownedByABrand(String domain) {
        for (Brand b : brands) {
            if (b.owns(domain)) {
                return true;
            }
        }
        return false;
    }

    /** The skeletons of the words of a host part: its labels split at dots, hyphens and underscores. */
    private Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.split("[.\\-_]+")) {
            if (!w.isEmpty()) {
                out.add(skeleton(w));
            }
        }
        return out;
    }

    /** Whether a label of the host mixes alphabets in a way no honest name needs (TS #39 restriction level). */
    boolean mixesAlphabets(String host) {
        for (String label : host.split("\\.")) {
            boolean ascii = true;
            for (int i = 0; i < label.length(); i++) {
                if (label.charAt(i) > 0x7f) {
                    ascii = false;
                    break;
                }
            }
            if (!ascii && mixedScripts.failsChecks(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Damerau-Levenshtein distance (optimal string alignment: a swap of two neighbours counts as one), cut
     * short once it is sure to exceed {@code limit}, in which case any value above the limit is returned.
     */
    public static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        if (n > 253 || m > 253) {
            return limit + 1;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[n][m];
    }
}
