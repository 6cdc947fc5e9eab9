package io.scamcheck.testing;

import io.scamcheck.detect.Detector;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.model.Email;

import java.util.List;

/**
 * One detector under test, with the kind it reports: runs it alone on pasted text (or a message) so that a
 * test reads as "these words are marked" or "this stays quiet".
 */
public final class DetectorProbe {
    private final Detector detector;
    private final Kind kind;

    public DetectorProbe(Detector detector, Kind kind) {
        this.detector = detector;
        this.kind = kind;
    }

    /** The detector run alone on pasted text. */
    public DetectorRun on(String pasted) {
        return on(Fixtures.paste(pasted));
    }

    /** The detector run alone on a message. */
    public DetectorRun on(Email email) {
        return new DetectorRun(email, Fixtures.run(detector, email), kind);
    }

    /** Every finding on pasted text (empty when the detector stays quiet). */
    public List<Finding> findings(String pasted) {
        return on(pasted).findings();
    }

    /** The words the findings of this kind mark in pasted text, in order. */
    public List<String> words(String pasted) {
        return on(pasted).words();
    }

    /** The one finding on pasted text; fails the test when there are none or several. */
    public Finding only(String pasted) {
        return on(pasted).only();
    }
}
