package io.scamcheck.knowledge;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One pass over a long text for the strings of every shared phrase list at once, instead of one pass per list.
 * A detector's lists each look for the strings their lines need ({@link RequiredLiterals}); on a long message
 * about forty such passes took most of the time of its analysis. Here the strings of all lists that
 * {@link Phrases} made are put into one {@link LiteralIndex}; the first list asked about a text scans it once
 * and keeps, per list, where its strings are; the next lists asked about the same text (the same {@code String}
 * object, on the same thread) take their part of that. A list gets exactly the occurrences its own index would
 * give, in the same order.
 *
 * <p>Only for texts of {@link #MIN_LENGTH} characters or more: on a short message a pass costs little, and the
 * shared index is not even built. A list made after the shared index is built is added at the next rebuild;
 * until then it scans for itself.
 */
final class SharedScan {
    /** Shorter texts are scanned by each list for itself. */
    static final int MIN_LENGTH = 16_384;

    private static final List<PhraseList> REGISTERED = new ArrayList<>();
    /** The index over the lists registered when it was built; null when a list has been added since. */
    private static volatile Combined current;

    private SharedScan() {
    }

    /** Adds a list to the lists the shared index covers (from its next rebuild on). */
    static synchronized void register(PhraseList list) {
        if (list.sharedId() >= 0) {
            return;
        }
        list.sharedId(REGISTERED.size());
        REGISTERED.add(list);
        current = null;
    }

    /** The index over every registered list: all their strings, each owner numbered after the lists before. */
    private static final class Combined {
        final PhraseList[] lists;
        final int[] base;
        /** For each global owner: its list, and its owner number within the list. */
        final int[] ownerList;
        final int[] ownerLocal;
        final LiteralIndex index;

        Combined(PhraseList[] lists) {
            this.lists = lists;
            this.base = new int[lists.length];
            List<String> strings = new ArrayList<>();
            List<int[]> owners = new ArrayList<>();
            int total = 0;
            for (int l = 0; l < lists.length; l++) {
                base[l] = total;
                total += lists[l].ownerCount();
            }
            ownerList = new int[total];
            ownerLocal = new int[total];
            for (int l = 0; l < lists.length; l++) {
                PhraseList list = lists[l];
                for (int o = 0; o < list.ownerCount(); o++) {
                    ownerList[base[l] + o] = l;
                    ownerLocal[base[l] + o] = o;
                }
                List<String> s = list.indexStrings();
                List<int[]> own = list.indexOwners();
                for (int i = 0; i < s.size(); i++) {
                    int[] local = own.get(i);
                    int[] global = new int[local.length];
                    for (int k = 0; k < local.length; k++) {
                        global[k] = base[l] + local[k];
                    }
                    strings.add(s.get(i));
                    owners.add(global);
                }
            }
            this.index = new LiteralIndex(strings, owners);
        }

        boolean covers(PhraseList list) {
            int id = list.sharedId();
            return id >= 0 && id < lists.length && lists[id] == list;
        }
    }

    private static Combined combined() {
        Combined c = current;
        if (c != null) {
            return c;
        }
        synchronized (SharedScan.class) {
            if (current == null) {
                current = new Combined(REGISTERED.toArray(new PhraseList[0]));
            }
            return current;
        }
    }

    /** Where each list's strings are in one text: per list, (owner, start, end) triples in scan order. */
    static final class Hits {
        private final WeakReference<String> text;
        private final Combined combined;
        private final int[][] hits;
        private final int[] counts;

        private Hits(String text, Combined combined) {
            this.text = new WeakReference<>(text);
            this.combined = combined;
            this.hits = new int[combined.lists.length][];
            this.counts = new int[combined.lists.length];
            combined.index.scan(text, 0, text.length(), (owner, start, end) -> {
                int l = combined.ownerList[owner];
                int[] h = hits[l];
                int n = counts[l];
                if (h == null) {
                    h = new int[48];
                    hits[l] = h;
                } else if (n + 3 > h.length) {
                    h = Arrays.copyOf(h, h.length * 2);
                    hits[l] = h;
                }
                h[n] = combined.ownerLocal[owner];
                h[n + 1] = start;
                h[n + 2] = end;
                counts[l] = n + 3;
            });
        }

        /**
         * The list's occurrences inside {@code [from, to)}, in the order a scan of that region would give them
         * (the scan's order restricted to the region: by where they end).
         */
        void forEach(PhraseList list, int from, int to, LiteralIndex.Hit hit) {
            int[] h = hits[list.sharedId()];
            if (h == null) {
                return;
            }
            int n = counts[list.sharedId()] / 3;
            // the first triple that ends after from (they are in order of their ends)
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (h[mid * 3 + 2] <= from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int k = lo; k < n; k++) {
                int end = h[k * 3 + 2];
                if (end > to) {
                    break;
                }
                int start = h[k * 3 + 1];
                if (start >= from) {
                    hit.found(h[k * 3], start, end);
                }
            }
        }
    }

    private static final ThreadLocal<Hits> LAST = new ThreadLocal<>();

    /**
     * The shared occurrences for this list in this text, or null when the list should scan for itself (a short
     * text, a text that is not a String, a list the shared index does not cover).
     */
    static Hits of(PhraseList list, CharSequence text) {
        if (text.length() < MIN_LENGTH || !(text instanceof String s) || list.sharedId() < 0) {
            return null;
        }
        Combined c = combined();
        if (!c.covers(list)) {
            return null;
        }
        Hits last = LAST.get();
        if (last != null && last.combined == c && last.text.get() == s) {
            return last;
        }
        Hits made = new Hits(s, c);
        LAST.set(made);
        return made;
    }
}
