package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.Phrases;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * password-shown: the writer shows one of your passwords as proof that they hacked you ("I know your
 * password: hunter2", "I know that hunter2 is your password"). Such passwords come from old leaks of some
 * website's user list, which are traded openly; they say nothing about your computer. The finding spans the
 * claim and the password shown.
 *
 * <p>Honest mail shows passwords too (a new account's first password, a mailing list's reminder), so "your
 * password is X" counts only when the writer says they know it, or the message also talks about hacking,
 * leaks or Bitcoin. Words that describe a password ("your password is incorrect") are not a password.
 */
public final class PasswordShownDetector implements Detector {
    private static final Phrases BEFORE = Phrases.load("password-before");
    private static final Phrases AFTER = Phrases.load("password-after");

    /** After the claim: optional colon, dash or quote, then the password itself. */
    private static final Pattern VALUE_AFTER = Pattern.compile(
            "\\G[ \\t]{0,3}(?:[:=\\-–—][ \\t]{0,3})?[\"'“‘«]?([^\\s\"'“”‘’«»<>]{3,64})");
    /** Before the claim: the password, maybe in quotes, then white space. */
    private static final Pattern VALUE_BEFORE = Pattern.compile(
            "[\"'“‘«]?([^\\s\"'“”‘’«»<>]{3,64})[\"'”’»]?[ \\t]{1,3}$");
    /** Before "X is your password": the writer says they know it. */
    private static final Pattern KNOWS = Pattern.compile(
            "(?i)\\b(i|we) (?:already |also |do |now )?(?:know|knew|am aware|are aware|found out|have learned)\\b"
                    + "|\\bi['’]m aware\\b|\\bwe['’]re aware\\b");
    /** Elsewhere in the message: the talk of blackmail that makes "your password is X" a threat. */
    private static final Pattern CONTEXT = Pattern.compile(
            "(?i)\\b(bitcoin|btc|crypto ?wallet|wallet address|hack\\w{0,4}|hacker|leak\\w{0,3}|breach\\w{0,3}|"
                    + "compromised|webcam|recorded you|malware|trojan|spyware|proof|evidence|"
                    + "i know|i am aware|i['’]m aware)\\b");
    /** Words that follow "your password is" without being a password. */
    private static final Set<String> NOT_A_PASSWORD = Set.of("is", "was", "not", "incorrect", "expired",
            "expiring", "expire", "case", "case-sensitive", "required", "too", "will", "has", "have", "must",
            "should", "the", "a", "an", "your", "been", "being", "changed", "reset", "weak", "strong", "safe",
            "secure", "correct", "wrong", "invalid", "valid", "protected", "different", "same", "set", "saved",
            "stored", "encrypted", "hidden", "blank", "empty", "below", "above", "following", "attached", "here",
            "shown", "sent", "that", "this", "still", "now", "about", "going", "leaked", "known", "one", "only",
            "never", "and", "or", "but", "for", "to", "of", "in", "on", "at", "by", "with", "from", "as", "it",
            "its", "also", "all", "any", "no", "needed", "needs", "used", "using", "easy", "simple", "short",
            "long", "old", "new", "like", "similar", "listed", "included", "contained", "printed", "written",
            "displayed", "something", "nothing", "unique", "private", "personal", "important", "due",
            "then", "very", "really", "quite", "already", "currently", "temporary", "updated",
            "accepted", "rejected", "compromised", "stolen", "public", "available", "visible", "my", "mine",
            "yours", "what", "which", "who", "where", "how", "when", "why", "i", "you", "we", "they", "he",
            "she", "there", "these", "those", "are", "were", "be", "do", "does", "did", "can", "could",
            "would", "may", "might", "unchanged", "word", "phrase");

    @Override
    public String name() {
        return "password-shown";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        String text = analysis.text();
        if (!mentionsPassword(text, analysis.email().bodyStart())) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        Boolean context = null;
        for (Span claim : analysis.findInBody(BEFORE)) {
            Matcher v = VALUE_AFTER.matcher(text).region(claim.end(), Math.min(text.length(), claim.end() + 80));
            if (!v.lookingAt()) {
                continue;
            }
            String value = trim(v.group(1));
            int end = v.start(1) + value.length();
            if (!isPassword(value) || describesAPassword(text, value, end)) {
                continue;
            }
            boolean knows = KNOWS.matcher(text).region(Sentences.around(analysis, claim, 160).start(), claim.end()).find();
            if (!knows && context == null) {
                context = CONTEXT.matcher(text).region(analysis.email().bodyStart(), text.length()).find();
            }
            if ((knows || context) && !Sentences.isReported(analysis, claim)) {
                spans.add(new Span(claim.start(), end));
                shown.add(value);
            }
        }
        for (Span claim : analysis.findInBody(AFTER)) {
            int from = Math.max(analysis.email().bodyStart(), claim.start() - 80);
            Matcher v = VALUE_BEFORE.matcher(text).region(from, claim.start());
            if (!v.find()) {
                continue;
            }
            String value = trim(v.group(1));
            if (!isPassword(value)) {
                continue;
            }
            Span sentence = Sentences.around(analysis, claim, 160);
            int valueStart = v.start(1);
            if (valueStart < sentence.start()) {
                continue;
            }
            boolean knows = KNOWS.matcher(text).region(sentence.start(), valueStart).find();
            if (knows && !Sentences.isReported(analysis, claim)) {
                spans.add(new Span(v.start(), claim.end()));
                shown.add(value);
            }
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        Finding.Builder b = Finding.of(Kind.PASSWORD_SHOWN).spans(Spans.merged(spans, analysis.text()));
        b.evidence(Text.of("evidence.password-shown.value", String.join(", ", shown.stream().distinct().toList())));
        return List.of(b.build());
    }

    /**
     * "Your password is hard to remember": a plain word followed by more of the sentence describes the
     * password rather than showing it. A shown password ends its sentence or is followed by "and", "or".
     */
    private static boolean describesAPassword(String text, String value, int end) {
        if (!value.chars().allMatch(Character::isLetter)) {
            return false;
        }
        Matcher next = NEXT_WORD.matcher(text).region(end, Math.min(text.length(), end + 20));
        return next.lookingAt() && !next.group(1).toLowerCase(Locale.ROOT).matches("and|or|but|i|you");
    }

    private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]+(\\p{L}+)");

    /** A quick look, before any pattern: every claim this detector knows names a "pass..." word or "pw". */
    private static boolean mentionsPassword(String text, int from) {
        for (int i = from; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'p' || c == 'P') && (text.regionMatches(true, i, "pass", 0, 4)
                    || text.regionMatches(true, i, "pw", 0, 2))) {
                return true;
            }
        }
        return false;
    }

    /** Sentence punctuation and closing quotes after a password are not part of it. */
    private static String trim(String value) {
        int end = value.length();
        while (end > 0 && ".,;:)]}\"'”’»".indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(0, end);
    }

    private static boolean isPassword(String value) {
        if (value.length() < 3) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (NOT_A_PASSWORD.contains(lower)) {
            return false;
        }
        // A web or mail address after "your password is" points somewhere; it is not the password.
        return !lower.startsWith("http") && !lower.startsWith("www.") && !lower.contains("@");
    }
}
