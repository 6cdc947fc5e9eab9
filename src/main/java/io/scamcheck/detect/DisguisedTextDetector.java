package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.model.Span;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * disguised-text: words spelled so that they look normal to a person but not to a mail filter.
 * <ul>
 * <li>Look-alike letters from another alphabet inside a word ("Соnfіrmаtіоn" with Russian о, і, а), or a
 * whole short word of look-alikes between ordinary English words. Text written in Russian or Greek is not
 * disguised: only letters that look like ours, mixed into our words, count.</li>
 * <li>Invisible characters inside a word (zero-width space, joiners, word joiner, byte-order mark, a soft
 * hyphen between tiny pieces) and direction overrides that make text show backwards. Joiners inside Arabic,
 * Persian or Indian words are normal writing, and between digits they are a common mail-layout trick, so
 * those do not count.</li>
 * <li>Letters drawn from the "mathematical" or full-width symbol sets (𝐘𝐎𝐔𝐑, ｆｒｅｅ), which look like
 * bold or wide letters but are not letters to a computer: a weaker sign on its own.</li>
 * </ul>
 */
public final class DisguisedTextDetector implements Detector {
    /** Letters from other alphabets that look like Latin ones; only these count as a disguise. */
    private static final String LOOKALIKES =
            // Cyrillic
            "аваеёкмнопрстухѕіїјԁӏԛԝүһьгАВЕЗКМНОРСТУХЅІЇЈҮҺԚԜӀ"
            // Greek
            + "αβγεικνορτυχωϲϝΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹϜ"
            // Armenian
            + "օսհոցզ";
    private static final int MAX_SPANS = 200;

    @Override
    public String name() {
        return "disguised-text";
    }

    /** A run of letters, digits, marks and invisible characters: one word as a reader sees it. */
    private record Word(int start, int end, boolean ascii) {
        Word(int start, int end) {
            this(start, end, false);
        }
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        String text = analysis.text();
        if (isAscii(text)) {
            return List.of();
        }
        List<Word> words = words(text);
        List<Span> spans = new ArrayList<>();
        Map<String, Integer> lookalikeLetters = new LinkedHashMap<>();
        Map<String, Integer> invisibleChars = new LinkedHashMap<>();
        int lookalikeWords = 0;
        int invisibleWords = 0;
        int styledWords = 0;
        int reversed = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.ascii()) {
                continue;
            }
            Word core = trimInvisible(text, w);
            if (core == null) {
                continue;
            }
            boolean disguised = false;
            if (hasInvisibleInside(text, core, invisibleChars)) {
                invisibleWords++;
                disguised = true;
            }
            if (lookalikes(text, core, i > 0 ? words.get(i - 1) : null,
                    i + 1 < words.size() ? words.get(i + 1) : null, lookalikeLetters)) {
                lookalikeWords++;
                disguised = true;
            }
            if (styled(text, core)) {
                styledWords++;
                disguised = true;
            }
            if (disguised && spans.size() < MAX_SPANS) {
                spans.add(new Span(core.start(), core.end()));
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '\u202E' || c == '\u202D') && !rightToLeftNear(text, i)) {
                reversed++;
                int end = i + 1;
                while (end < text.length() && end < i + 40 && text.charAt(end) != '\n'
                        && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                if (spans.size() < MAX_SPANS) {
                    spans.add(new Span(i, end));
                }
            }
        }
        if (lookalikeWords + invisibleWords + styledWords + reversed == 0) {
            return List.of();
        }
        Finding.Builder b = Finding.of(Kind.DISGUISED_TEXT).spans(spans);
        if (lookalikeWords > 0) {
            b.fact(Text.of("fact.disguised-text.lookalike", lookalikeWords, letters(lookalikeLetters, 6)));
            b.evidence(Text.of("evidence.disguised-text.lookalike", describe(lookalikeLetters)));
        }
        if (invisibleWords > 0) {
            b.fact(Text.of("fact.disguised-text.invisible", invisibleWords));
            b.evidence(Text.of("evidence.disguised-text.invisible", describe(invisibleChars)));
        }
        if (reversed > 0) {
            b.fact(Text.of("fact.disguised-text.reversed"));
        }
        if (styledWords > 0) {
            b.fact(Text.of("fact.disguised-text.styled", styledWords));
        }
        if (lookalikeWords + invisibleWords + reversed == 0) {
            b.severity(Severity.CAUTION);
        }
        return List.of(b.build());
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && isWordChar(text.codePointAt(i))) {
                ascii &= text.charAt(i) < 128;
                i += Character.charCount(text.codePointAt(i));
            }
            out.add(new Word(start, i, ascii));
        }
        return out;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (Character.isLetterOrDigit(cp) || isInvisible(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    static boolean isInvisible(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD
                || cp == 0x034F || cp == 0x180E || cp >= 0x2061 && cp <= 0x2064;
    }

    /**
     * A combining mark that does not belong over our letters, such as an Arabic vowel sign inside an English
     * word: it shows as a speck, if at all. Accents written as separate marks (U+0300 to U+036F and the like)
     * are normal and do not count.
     */
    static boolean isForeignMark(char c) {
        int t = Character.getType(c);
        if (t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK) {
            return false;
        }
        return !(c >= 0x0300 && c <= 0x036F || c >= 0x1AB0 && c <= 0x1AFF || c >= 0x1DC0 && c <= 0x1DFF
                || c >= 0x20D0 && c <= 0x20FF || c >= 0xFE20 && c <= 0xFE2F || c == 0x034F);
    }

    /** The word without invisible characters at its ends, or null when nothing visible is left. */
    private static Word trimInvisible(String text, Word w) {
        int s = w.start();
        int e = w.end();
        while (s < e && isInvisible(text.charAt(s))) {
            s++;
        }
        while (e > s && isInvisible(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new Word(s, e) : null;
    }

    /** Invisible characters between two letters of our kind of alphabet inside the word. */
    private static boolean hasInvisibleInside(String text, Word w, Map<String, Integer> seen) {
        boolean found = false;
        for (int i = w.start(); i < w.end(); i++) {
            char c = text.charAt(i);
            if (!isInvisible(c) && !isForeignMark(c)) {
                continue;
            }
            int before = i - 1;
            while (before >= w.start() && (isInvisible(text.charAt(before)) || isForeignMark(text.charAt(before)))) {
                before--;
            }
            int after = i + 1;
            while (after < w.end() && (isInvisible(text.charAt(after)) || isForeignMark(text.charAt(after)))) {
                after++;
            }
            if (before < w.start() || after >= w.end()) {
                continue;
            }
            int left = text.codePointBefore(before + 1);
            int right = text.codePointAt(after);
            if (!isEuropeanLetter(left) || !isEuropeanLetter(right)) {
                continue;
            }
            if (c == '\u00AD' && !tinyPiece(text, w, i)) {
                continue;
            }
            seen.merge(String.format("U+%04X", (int) c), 1, Integer::sum);
            found = true;
        }
        return found;
    }

    /**
     * A soft hyphen marks where a long word may break at the end of a line, which honest mail uses too. It
     * counts only when a piece it cuts off is one or two letters, as in "Pa\u00ADy\u00ADPal".
     */
    private static boolean tinyPiece(String text, Word w, int at) {
        int left = 0;
        for (int i = at - 1; i >= w.start() && text.charAt(i) != '\u00AD'; i--) {
            left++;
        }
        int right = 0;
        for (int i = at + 1; i < w.end() && text.charAt(i) != '\u00AD'; i++) {
            right++;
        }
        return left <= 2 || right <= 2;
    }

    private static boolean isEuropeanLetter(int cp) {
        if (!Character.isLetter(cp)) {
            return false;
        }
        UnicodeScript s = UnicodeScript.of(cp);
        return s == UnicodeScript.LATIN || s == UnicodeScript.CYRILLIC || s == UnicodeScript.GREEK;
    }

    /**
     * Whether the word mixes Latin letters with look-alikes from another alphabet, or is a short word made
     * only of look-alikes with ordinary Latin words on both sides.
     */
    private static boolean lookalikes(String text, Word w, Word prev, Word next, Map<String, Integer> seen) {
        int latin = 0;
        int foreign = 0;
        int foreignLookalike = 0;
        int latinLetters = 0;
        for (int i = w.start(); i < w.end(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            UnicodeScript s = UnicodeScript.of(cp);
            if (s == UnicodeScript.LATIN) {
                latin++;
                latinLetters++;
            } else if (s == UnicodeScript.CYRILLIC || s == UnicodeScript.GREEK || s == UnicodeScript.ARMENIAN) {
                foreign++;
                if (LOOKALIKES.indexOf(cp) >= 0) {
                    foreignLookalike++;
                }
            } else {
                return false;
            }
        }
        boolean mixed = latin > 0 && foreign > 0 && foreignLookalike == foreign;
        // A word in Russian with a stray Latin look-alike is disguised the other way round.
        boolean mixedOtherWay = latin > 0 && foreign > latin && latinLooksForeign(text, w);
        boolean alone = latin == 0 && foreign >= 2 && foreignLookalike == foreign
                && isLatinWord(text, prev) && isLatinWord(text, next)
                && sameLine(text, prev, w) && sameLine(text, w, next);
        if (!(mixed || mixedOtherWay || alone)) {
            return false;
        }
        for (int i = w.start(); i < w.end(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            UnicodeScript s = Character.isLetter(cp) ? UnicodeScript.of(cp) : UnicodeScript.COMMON;
            boolean odd = mixedOtherWay ? s == UnicodeScript.LATIN
                    : s == UnicodeScript.CYRILLIC || s == UnicodeScript.GREEK || s == UnicodeScript.ARMENIAN;
            if (odd) {
                seen.merge(new String(Character.toChars(cp)) + "\t" + s, 1, Integer::sum);
            }
        }
        return true;
    }

    /** Latin letters that look like Cyrillic ones (a, c, e, o, p, x, y...), inside a mostly Cyrillic word. */
    private static boolean latinLooksForeign(String text, Word w) {
        boolean cyrillic = false;
        for (int i = w.start(); i < w.end(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) && UnicodeScript.of(cp) == UnicodeScript.CYRILLIC) {
                cyrillic = true;
            }
            if (Character.isLetter(cp) && UnicodeScript.of(cp) == UnicodeScript.LATIN
                    && "aceopxyiTHKMBACEOPXY".indexOf(cp) < 0) {
                return false;
            }
        }
        return cyrillic;
    }

    private static boolean isLatinWord(String text, Word w) {
        if (w == null) {
            return false;
        }
        int latin = 0;
        for (int i = w.start(); i < w.end(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (UnicodeScript.of(cp) != UnicodeScript.LATIN) {
                    return false;
                }
                latin++;
            }
        }
        return latin >= 2;
    }

    private static boolean sameLine(String text, Word a, Word b) {
        return text.substring(a.end(), b.start()).indexOf('\n') < 0;
    }

    /** Mathematical bold, italic, script... letters and full-width letters: symbols drawn like letters. */
    private static boolean styled(String text, Word w) {
        for (int i = w.start(); i < w.end(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x1D400 && cp <= 0x1D7FF || cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A
                    || cp >= 0x1F130 && cp <= 0x1F189 || cp >= 0x24B6 && cp <= 0x24E9) {
                return true;
            }
        }
        return false;
    }

    /** Direction overrides are normal in Arabic or Hebrew text; elsewhere they turn text backwards. */
    private static boolean rightToLeftNear(String text, int at) {
        for (int i = Math.max(0, at - 20); i < Math.min(text.length(), at + 20); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    /** "о, а, е (Cyrillic)": the letters a reader can look for, most frequent first, at most {@code max}. */
    private static String letters(Map<String, Integer> seen, int max) {
        StringBuilder sb = new StringBuilder();
        seen.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(max).forEach(e -> {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey(), 0, e.getKey().indexOf('\t'));
        });
        return sb.toString();
    }

    /** For a helper: each odd character's code and Unicode name, with how often it appears. */
    private static String describe(Map<String, Integer> seen) {
        StringBuilder sb = new StringBuilder();
        seen.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(20).forEach(e -> {
            String key = e.getKey();
            String shown = key.contains("\t") ? key.substring(0, key.indexOf('\t')) : key;
            int cp = shown.startsWith("U+") ? Integer.parseInt(shown.substring(2), 16) : shown.codePointAt(0);
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(String.format("U+%04X %s x%d", cp, Character.getName(cp), e.getValue()));
        });
        return sb.toString();
    }
}
