package io.scamcheck.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of the languages the checker knows a text is written in, told by its most frequent small words
 * ("the", "und", "você", "het", "vous", "usted") from {@code knowledge/stopwords/<lang>.txt}. A word that
 * several languages share counts for each of them in equal parts.
 *
 * <p>The text is read in blocks (paragraphs); each block long enough to judge votes for the language it is
 * clearly written in, and every language that holds a fair share of the judged words is kept, so a message
 * with a Dutch part and an English part gets both. When nothing can be told (a short or empty text, only
 * numbers and links), the answer is English. Only the first {@value #MAX_CHARS} characters are read, so the
 * cost stays small on any message.
 *
 * <p>See docs/decisions/language-detection.md for why this is done with word lists rather than a library.
 */
public final class Languages {
    /** The languages with phrase data, English first. Adding a language: its files, and one entry here. */
    public static final List<String> SUPPORTED = List.of("en", "de", "pt", "nl", "fr", "es");
    /** The answer when nothing can be told. */
    public static final String FALLBACK = "en";

    static final int MAX_CHARS = 10_000;
    /** A block needs this many words to vote on its own. */
    static final int BLOCK_WORDS = 6;
    /** A language needs this share of the voting words... */
    static final double MIN_SHARE = 0.15;
    /** ...or this many of them, to be kept. */
    static final int MIN_WORDS = 40;

    private static volatile Languages standard;

    /** For each known word, the score each language gets from it. */
    private final Map<String, double[]> words;
    private final List<String> langs;

    Languages(Map<String, Set<String>> stopwords) {
        this.langs = List.copyOf(stopwords.keySet());
        Map<String, List<Integer>> owners = new HashMap<>();
        for (int i = 0; i < langs.size(); i++) {
            for (String w : stopwords.get(langs.get(i))) {
                owners.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, double[]> w = new HashMap<>();
        owners.forEach((word, who) -> {
            double[] score = new double[langs.size()];
            for (int i : who) {
                score[i] = 1.0 / who.size();
            }
            w.put(word, score);
        });
        this.words = w;
    }

    public static Languages standard() {
        Languages s = standard;
        if (s == null) {
            synchronized (Languages.class) {
                s = standard;
                if (s == null) {
                    Map<String, Set<String>> lists = new LinkedHashMap<>();
                    for (String lang : SUPPORTED) {
                        Set<String> set = new TreeSet<>();
                        Knowledge.readLines("stopwords/" + lang + ".txt", line -> {
                            for (String w : line.strip().split("\\s+")) {
                                set.add(w.toLowerCase(Locale.ROOT));
                            }
                        });
                        lists.put(lang, set);
                    }
                    s = new Languages(lists);
                    standard = s;
                }
            }
        }
        return s;
    }

    /** The languages of the text: never empty; English when nothing can be told. */
    public Set<String> of(CharSequence text) {
        int end = Math.min(text.length(), MAX_CHARS);
        double[] whole = new double[langs.size()];
        int[] blockWords = new int[1];
        double[] block = new double[langs.size()];
        int[] wordsFor = new int[langs.size()];
        int wholeWords = 0;
        int voting = 0;
        StringBuilder word = new StringBuilder();
        int newlines = 0;
        int wordStart = 0;
        for (int i = 0; i <= end; i++) {
            char c = i < end ? text.charAt(i) : '\n';
            if (Character.isLetter(c) || (c == '\'' && word.length() > 0)) {
                if (word.length() == 0) {
                    wordStart = i;
                }
                if (word.length() < 24) {
                    word.append(Character.toLowerCase(c));
                }
                newlines = 0;
                continue;
            }
            if (word.length() > 0 && inAddress(text, wordStart, i, end)) {
                // a piece of a web or mail address ("com", "www", "id") says nothing about the language
                word.setLength(0);
            }
            if (word.length() > 0) {
                wholeWords++;
                blockWords[0]++;
                double[] score = words.get(word.toString());
                if (score != null) {
                    for (int l = 0; l < score.length; l++) {
                        block[l] += score[l];
                        whole[l] += score[l];
                    }
                }
                word.setLength(0);
            }
            if (c == '\n') {
                newlines++;
            } else if (!Character.isWhitespace(c)) {
                newlines = 0;
            }
            boolean blockEnds = i == end || newlines >= 2;
            if (blockEnds && blockWords[0] > 0) {
                if (blockWords[0] >= BLOCK_WORDS) {
                    int winner = clearWinner(block, 2, 1.5);
                    if (winner >= 0) {
                        wordsFor[winner] += blockWords[0];
                        voting += blockWords[0];
                    }
                }
                blockWords[0] = 0;
                java.util.Arrays.fill(block, 0);
            }
        }
        Set<String> out = new TreeSet<>();
        for (int l = 0; l < langs.size(); l++) {
            if (wordsFor[l] > 0 && (wordsFor[l] >= MIN_WORDS || wordsFor[l] >= MIN_SHARE * voting)) {
                out.add(langs.get(l));
            }
        }
        if (wholeWords > 0) {
            // short lines (a list of fields, a one-line paste) that never made a block still tell as a whole
            int winner = clearWinner(whole, 1, 2);
            if (winner >= 0) {
                out.add(langs.get(winner));
            }
        }
        if (out.isEmpty()) {
            out.add(FALLBACK);
        }
        return Collections.unmodifiableSet(out);
    }

    /** Whether the word at [start, end) is glued to an address by a dot, slash, @ or the like. */
    private static boolean inAddress(CharSequence text, int start, int end, int limit) {
        if (start > 0 && "./@:_=?&#%~\\".indexOf(text.charAt(start - 1)) >= 0) {
            return true;
        }
        return end + 1 < limit && "./@:_=".indexOf(text.charAt(end)) >= 0
                && Character.isLetterOrDigit(text.charAt(end + 1));
    }

    /**
     * The language with the top score, when it has at least {@code least} words' worth and leads the next by
     * {@code lead} times; else -1. A block must have two words and lead by half; the whole text, often a
     * single short sentence, may have one word but must lead twice over.
     */
    private static int clearWinner(double[] score, double least, double lead) {
        int best = -1;
        double top = 0;
        double second = 0;
        for (int l = 0; l < score.length; l++) {
            if (score[l] > top) {
                second = top;
                top = score[l];
                best = l;
            } else if (score[l] > second) {
                second = score[l];
            }
        }
        return top >= least && top >= lead * second ? best : -1;
    }
}
