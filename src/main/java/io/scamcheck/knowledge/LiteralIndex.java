package io.scamcheck.knowledge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds, in one pass over a text, where any of many short strings occur, ignoring case (an Aho-Corasick
 * automaton whose alphabet gives upper- and lower-case forms of a letter the same code). Each string belongs to one or more owners (phrase lines); the
 * result tells each owner where its strings end in the text.
 */
final class LiteralIndex {
    private final short[] alphabet = new short[Character.MAX_VALUE + 1];
    /** The transitions in one array: from state s, on code a, to state {@code delta[s * width + a]}. */
    private final int[] delta;
    private final int width;
    /** Per state: the owners whose string ends here (including by the fail chain), with string lengths. */
    private final int[][] outOwner;
    private final int[][] outLength;

    /**
     * Every char that has another case, with its lower case, upper case, lower case of its upper case and upper
     * case of its lower case: worked out once, so each index (one per phrase list) need not go through all
     * 65,536 chars again at start-up.
     */
    private static final char[][] CASE_RELATED;

    static {
        List<char[]> related = new ArrayList<>();
        for (int x = 0; x <= Character.MAX_VALUE; x++) {
            char ch = (char) x;
            if (Character.isSurrogate(ch)) {
                continue;
            }
            char u = Character.toUpperCase(ch);
            char l = Character.toLowerCase(ch);
            char lu = Character.toLowerCase(u);
            char ul = Character.toUpperCase(l);
            if (u != ch || l != ch || lu != ch || ul != ch) {
                related.add(new char[] {ch, l, u, lu, ul});
            }
        }
        CASE_RELATED = related.toArray(new char[0][]);
    }

    LiteralIndex(List<String> strings, List<int[]> owners) {
        int size = 0;
        for (String s : strings) {
            for (char c : s.toCharArray()) {
                if (alphabet[c] == 0) {
                    alphabet[c] = (short) ++size;
                    // the other cases of the letter share its code, so scanning needs no case folding
                    char upper = Character.toUpperCase(c);
                    char title = Character.toTitleCase(c);
                    if (alphabet[upper] == 0) {
                        alphabet[upper] = alphabet[c];
                    }
                    if (alphabet[title] == 0) {
                        alphabet[title] = alphabet[c];
                    }
                }
            }
        }
        // any other letter the matcher takes for one of these (with Unicode case: the Kelvin sign for k, the
        // long s for s) gets its code too; an extra hit only costs time, a missed one would lose a match
        for (char[] related : CASE_RELATED) {
            int x = related[0];
            if (alphabet[x] == 0) {
                short code = alphabet[related[1]] != 0 ? alphabet[related[1]] : alphabet[related[2]] != 0
                        ? alphabet[related[2]] : alphabet[related[3]] != 0 ? alphabet[related[3]]
                        : alphabet[related[4]];
                alphabet[x] = code;
            }
        }
        int width = size + 1;
        List<int[]> trie = new ArrayList<>();
        List<List<int[]>> out = new ArrayList<>();
        trie.add(new int[width]);
        out.add(new ArrayList<>());
        for (int i = 0; i < strings.size(); i++) {
            String s = strings.get(i);
            int state = 0;
            for (char c : s.toCharArray()) {
                int a = alphabet[c];
                if (trie.get(state)[a] == 0) {
                    trie.get(state)[a] = trie.size();
                    trie.add(new int[width]);
                    out.add(new ArrayList<>());
                }
                state = trie.get(state)[a];
            }
            for (int o : owners.get(i)) {
                out.get(state).add(new int[] {o, s.length()});
            }
        }
        int n = trie.size();
        int[][] next = trie.toArray(new int[0][]);
        int[] fail = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int a = 1; a < width; a++) {
            if (next[0][a] != 0) {
                queue.add(next[0][a]);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            out.get(s).addAll(out.get(fail[s]));
            for (int a = 1; a < width; a++) {
                int t = next[s][a];
                if (t != 0) {
                    fail[t] = next[fail[s]][a];
                    queue.add(t);
                } else {
                    next[s][a] = next[fail[s]][a];
                }
            }
        }
        this.width = width;
        delta = new int[n * width];
        for (int s = 0; s < n; s++) {
            for (int a = 0; a < width; a++) {
                delta[s * width + a] = next[s][a];
            }
        }
        outOwner = new int[n][];
        outLength = new int[n][];
        for (int s = 0; s < n; s++) {
            List<int[]> o = out.get(s);
            outOwner[s] = new int[o.size()];
            outLength[s] = new int[o.size()];
            for (int k = 0; k < o.size(); k++) {
                outOwner[s][k] = o.get(k)[0];
                outLength[s][k] = o.get(k)[1];
            }
        }
    }

    /** Callback for each occurrence: the owner and where the string starts and ends. */
    interface Hit {
        void found(int owner, int start, int end);
    }

    void scan(CharSequence text, int from, int to, Hit hit) {
        int state = 0;
        for (int i = from; i < to; i++) {
            state = delta[state * width + alphabet[text.charAt(i)]];
            int[] owners = outOwner[state];
            for (int k = 0; k < owners.length; k++) {
                hit.found(owners[k], i + 1 - outLength[state][k], i + 1);
            }
        }
    }
}
