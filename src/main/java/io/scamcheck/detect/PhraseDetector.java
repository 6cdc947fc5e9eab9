package io.scamcheck.detect;

import io.scamcheck.knowledge.Phrases;
import io.scamcheck.model.Span;

import java.util.List;

/**
 * The shape shared by detectors that work from words alone: one phrase list per topic, every match in the
 * subject and body highlighted, one finding per message. Subclasses name the kind and the topic, and may add
 * facts or adjust the finding in {@link #refine}.
 */
public abstract class PhraseDetector implements Detector {
    private final Kind kind;
    private final Phrases phrases;

    protected PhraseDetector(Kind kind, String topic) {
        this.kind = kind;
        this.phrases = Phrases.load(topic);
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        List<Span> spans = spans(analysis, analysis.findInSubjectAndBody(phrases));
        if (spans.isEmpty()) {
            return List.of();
        }
        Finding.Builder b = Finding.of(kind).spans(spans);
        if (!refine(analysis, spans, b)) {
            return List.of();
        }
        return List.of(b.build());
    }

    /**
     * The words the finding is about, from the matches of the phrase list (possibly none). By default every
     * match; a subclass may drop matches whose context shows they are innocent (a negation, a legal footer) or
     * add words found with a second list. An empty list means no finding.
     */
    protected List<Span> spans(Analysis analysis, List<Span> matches) {
        return matches;
    }

    /**
     * Adds facts or evidence, or turns the finding down (return false) when the context shows the words are
     * innocent. The default keeps the finding as it is.
     */
    protected boolean refine(Analysis analysis, List<Span> spans, Finding.Builder finding) {
        return true;
    }

    protected Kind kind() {
        return kind;
    }

    protected Phrases phrases() {
        return phrases;
    }
}
