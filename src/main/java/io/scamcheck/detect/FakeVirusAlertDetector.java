package io.scamcheck.detect;

import io.scamcheck.knowledge.Phrases;
import io.scamcheck.model.Span;

import java.util.List;
import java.util.regex.Pattern;

/**
 * fake-virus-alert: the message says your own computer or phone is infected, hacked or locked. An email
 * cannot look inside a device, so it cannot know. Words said as a condition or a question ("if your computer
 * is infected", "how to tell whether your phone was hacked") are advice, not an alert, and are left out.
 */
public final class FakeVirusAlertDetector extends PhraseDetector {
    /** Words before the claim in the same sentence that make it a condition, advice or news. */
    private static final Pattern CONDITIONAL = Pattern.compile(
            "(?i)\\b(if|whether|when|unless|in case|how to|how do|how can|how would|can you tell|"
                    + "signs? (that|of)|find out|check if|make sure|ensure|what to do|what happens|"
                    + "prevent|protect|avoid|before|could mean|might mean|to (see|check|know)|not|never)\\b");

    /** First-person hacking claims: when present, the message is blackmail, not a fake security alert. */
    private static final Phrases FIRST_PERSON = Phrases.load("hacked-device");

    public FakeVirusAlertDetector() {
        super(Kind.FAKE_VIRUS_ALERT, "virus-alert");
    }

    @Override
    public String name() {
        return "fake-virus-alert";
    }

    /** Only the matches said as a claim, not told about in a warning or a quote. */
    @Override
    protected List<Span> spans(Analysis analysis, List<Span> matches) {
        return matches.stream().filter(m -> claimed(analysis, m)).toList();
    }

    private static boolean claimed(Analysis analysis, Span match) {
        String text = analysis.text();
        Span sentence = Sentences.around(analysis, match, 160);
        String before = text.substring(sentence.start(), match.start());
        boolean question = sentence.end() < text.length() && text.charAt(sentence.end()) == '?';
        return !CONDITIONAL.matcher(before).find() && !question && !Sentences.isReported(analysis, match);
    }

    /**
     * "Your device has been hacked" in a message whose writer also says "I hacked it" is a blackmail claim,
     * which hacked-device-claim explains; this finding is for alerts that pose as a security warning.
     */
    @Override
    protected boolean refine(Analysis analysis, List<Span> spans, Finding.Builder finding) {
        return analysis.findInSubjectAndBody(FIRST_PERSON).isEmpty();
    }
}
