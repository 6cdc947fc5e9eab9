package io.scamcheck.detect.seed;

import io.scamcheck.detect.Analysis;
import io.scamcheck.detect.Detector;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.detect.StartFinder;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everyday words capitalised in the middle of a sentence ("If this was not You", ", Please call MS Support
 * Team"), a common mark of mass scams written in a hurry. A weak sign: it only ever adds to stronger ones.
 *
 * <p>Only words that never need a capital mid-sentence are counted: the pronouns (You, Your, We, Our, ...) and
 * Please/Kindly, right after a word or a comma. A capital is fine at the start of a sentence, a line, a quote
 * or after a colon or a bullet; in a
 * title-case run ("Terms And Conditions", "Find My iPhone", "Thank You"); in a heading line; and for Please
 * after a greeting ("Hi Tom, Please see below"). Two odd words are needed before anything is reported.
 */
public final class OddCapitalizationDetector implements Detector {
    private static final Pattern WORD = Pattern.compile(
            "\\b(?:You|Your|Yours|Yourself|We|Us|Our|Ours|Me|My|They|Them|Their|Please|Kindly)\\b");
    private static final Pattern GREETING = Pattern.compile(
            "(?i)^\\s{0,8}(?:hi|hello|hey|dear|good\\s{1,3}(?:morning|afternoon|evening|day)|greetings|thanks|"
                    + "thank\\s{1,3}you|ok|okay|yes|no|well|so|sorry|sir|madam)\\b[^,]{0,40}$");
    /** Characters that end a clause: context around an odd word does not reach past them. */
    private static final String CLAUSE_END = ",;:.!?()[]{}\"\u201c\u201d\n";
    private static final int MIN_ODD = 2;
    private static final int CONTEXT_WORDS = 4;
    private static final int MAX_HITS = 200;
    /** Longer lines are never headings (and are not copied to check). */
    private static final int MAX_HEADING = 200;
    /** Context never reaches further than this from the odd word, however long its neighbours are. */
    private static final int MAX_CONTEXT = 80;

    @Override
    public String name() {
        return "odd-capitalization";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        String text = analysis.text();
        int body = analysis.email().bodyStart();
        // every match starts with the capital of one of the words
        StartFinder f = StartFinder.startingWith(WORD, text, body, text.length(),
                "You", "We", "Us", "Our", "Me", "My", "The", "Please", "Kindly");
        Matcher m = f.matcher();
        List<Span> spans = new ArrayList<>();
        int odd = 0;
        int hits = 0;
        while (f.find() && hits++ < MAX_HITS) {
            if (!isOdd(text, body, m.start(), m.end())) {
                continue;
            }
            odd++;
            Span s = context(text, body, m.start(), m.end());
            if (!spans.isEmpty() && spans.get(spans.size() - 1).overlaps(s)) {
                Span last = spans.remove(spans.size() - 1);
                s = new Span(Math.min(last.start(), s.start()), Math.max(last.end(), s.end()));
            }
            spans.add(s);
        }
        if (odd < MIN_ODD) {
            return List.of();
        }
        return List.of(Finding.of(Kind.ODD_CAPITALIZATION).spans(spans).build());
    }

    static boolean isOdd(String text, int lower, int start, int end) {
        int ls = Math.max(lower, Context.lineStart(text, start));
        int le = Context.lineEnd(text, end);
        if (le - ls <= MAX_HEADING) {
            String line = text.substring(ls, le);
            if (line.stripLeading().startsWith(">") || isHeading(line)) {
                return false;
            }
        } else if (text.charAt(ls) == '>') {
            return false;
        }
        int p = start - 1;
        while (p >= ls && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        if (p < ls) {
            return false; // first word of a line
        }
        char prev = text.charAt(p);
        // Mid-sentence means right after a word or a comma. After anything else (an end of sentence, a colon,
        // a quote, a bracket, a bullet, an invisible or stray character) a capital may be normal.
        if (!Character.isLetterOrDigit(prev) && prev != ',' && prev != ';') {
            return false;
        }
        if (prev == ',' && p - ls <= 60 && GREETING.matcher(text.substring(ls, p)).find()) {
            return false; // "Hi Tom, Please see below", "Hello, We have..."
        }
        if (prev != ',' && prev != ';' && capitalised(wordEndingAt(text, ls, p + 1))) {
            return false; // "Thank You", "Find My iPhone"
        }
        int q = end;
        while (q < le && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
            q++;
        }
        return q >= le || q == end || !capitalised(wordStartingAt(text, q, le));
    }

    private static boolean capitalised(String word) {
        if (word.isEmpty() || word.equals("I")) {
            return false;
        }
        return Character.isUpperCase(word.codePointAt(0)) || word.length() > 1
                && Character.isLowerCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1)); // iPhone
    }

    private static String wordEndingAt(String text, int lower, int end) {
        int i = end;
        while (i > lower && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, end);
    }

    private static String wordStartingAt(String text, int start, int upper) {
        int i = start;
        while (i < upper && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    /** A short line whose words are mostly capitalised is a heading or a title, where capitals are normal. */
    static boolean isHeading(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length == 0 || words.length > 12) {
            return false;
        }
        int caps = 0;
        int letters = 0;
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            letters++;
            if (Character.isUpperCase(w.charAt(0))) {
                caps++;
            }
        }
        return letters > 0 && caps * 10 >= letters * 6 && !line.strip().endsWith(".");
    }

    /**
     * The odd word with a few words around it in the same clause, so the reader sees it in place: up to four
     * words before it ("If this was not You"), or, when it opens the clause, up to four after it ("Please call
     * MS Support Team").
     */
    static Span context(String text, int lower, int start, int end) {
        int from = start;
        int words = 0;
        int i = start;
        lower = Math.max(lower, start - MAX_CONTEXT);
        while (words < CONTEXT_WORDS) {
            int j = i;
            while (j > lower && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
                j--;
            }
            if (j <= lower || CLAUSE_END.indexOf(text.charAt(j - 1)) >= 0) {
                break;
            }
            int k = j;
            while (k > lower && !Character.isWhitespace(text.charAt(k - 1)) && CLAUSE_END.indexOf(text.charAt(k - 1)) < 0) {
                k--;
            }
            boolean cut = k == lower && k > 0 && !Character.isWhitespace(text.charAt(k - 1))
                    && CLAUSE_END.indexOf(text.charAt(k - 1)) < 0;
            if (k == j || cut) {
                break; // no word, or a word too long to show whole
            }
            from = k;
            i = k;
            words++;
        }
        if (words > 0) {
            return new Span(from, end);
        }
        int to = end;
        i = end;
        int upper = Math.min(text.length(), end + MAX_CONTEXT);
        while (words < CONTEXT_WORDS) {
            int j = i;
            while (j < upper && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j >= upper || CLAUSE_END.indexOf(text.charAt(j)) >= 0) {
                break;
            }
            int k = j;
            while (k < upper && !Character.isWhitespace(text.charAt(k)) && CLAUSE_END.indexOf(text.charAt(k)) < 0) {
                k++;
            }
            boolean cut = k == upper && k < text.length() && !Character.isWhitespace(text.charAt(k))
                    && CLAUSE_END.indexOf(text.charAt(k)) < 0;
            if (k == j || cut) {
                break;
            }
            to = k;
            i = k;
            words++;
        }
        return new Span(start, to);
    }
}
