package io.scamcheck.detect;

import io.scamcheck.model.Span;

import java.util.List;

/**
 * hacked-device-claim: the writer says, in the first person, that they hacked your device or account,
 * filmed you through your camera or copied your contacts. Such emails go out to millions of addresses at
 * once; the claim is there to frighten, and the writer has no video. A warning that quotes such words
 * ("scammers claim 'I hacked your device'") is left out.
 */
public final class HackedDeviceClaimDetector extends PhraseDetector {

    public HackedDeviceClaimDetector() {
        super(Kind.HACKED_DEVICE_CLAIM, "hacked-device");
    }

    @Override
    public String name() {
        return "hacked-device-claim";
    }

    /** Only the matches said as a claim, not told about in a warning or a quote. */
    @Override
    protected List<Span> spans(Analysis analysis, List<Span> matches) {
        return matches.stream().filter(m -> claimed(analysis, m)).toList();
    }

    private static boolean claimed(Analysis analysis, Span match) {
        return !Sentences.isReported(analysis, match);
    }
}
