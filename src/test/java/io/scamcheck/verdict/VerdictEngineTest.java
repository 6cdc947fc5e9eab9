package io.scamcheck.verdict;

import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.detect.Severity;
import io.scamcheck.i18n.Messages;
import io.scamcheck.i18n.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictEngineTest {
    private static Finding f(Kind kind) {
        return Finding.of(kind).span(0, 1).build();
    }

    private static Finding f(Kind kind, Severity s) {
        return Finding.of(kind).severity(s).span(0, 1).build();
    }

    @Test
    void nothingFoundIsNoSignsFoundWithAdviceAnyway() {
        VerdictResult r = VerdictEngine.decide(List.of());
        assertThat(r.verdict()).isEqualTo(Verdict.NO_SIGNS_FOUND);
        assertThat(r.steps()).isNotEmpty();
        assertThat(r.reasons()).isEmpty();
    }

    @Test
    void weakSignsAloneNeverMakeALikelyScam() {
        List<Finding> weak = new ArrayList<>();
        for (Kind k : VerdictEngine.WEAK) {
            weak.add(f(k, Severity.DANGER));
            weak.add(f(k, Severity.WARNING));
        }
        assertThat(VerdictEngine.decide(weak).verdict()).isNotEqualTo(Verdict.LIKELY_SCAM);
        assertThat(VerdictEngine.decide(weak, true).verdict()).isEqualTo(Verdict.NO_SIGNS_FOUND);
    }

    @Test
    void oneOrTwoWeakSignsAloneFindNothing() {
        assertThat(VerdictEngine.decide(List.of(f(Kind.GENERIC_GREETING))).verdict())
                .isEqualTo(Verdict.NO_SIGNS_FOUND);
        assertThat(VerdictEngine.decide(List.of(f(Kind.GENERIC_GREETING), f(Kind.URGENT_DEADLINE),
                f(Kind.URGENT_DEADLINE))).verdict()).isEqualTo(Verdict.NO_SIGNS_FOUND);
    }

    @Test
    void threeDifferentWeakSignsTogetherAreSuspiciousButNotInListMail() {
        List<Finding> three = List.of(f(Kind.GENERIC_GREETING), f(Kind.URGENT_DEADLINE),
                f(Kind.MASS_MAILING, Severity.INFO));
        VerdictResult r = VerdictEngine.decide(three);
        assertThat(r.verdict()).isEqualTo(Verdict.SUSPICIOUS);
        assertThat(r.reasons()).extracting(Finding::kind).containsExactlyInAnyOrder(Kind.GENERIC_GREETING,
                Kind.URGENT_DEADLINE, Kind.MASS_MAILING);
        assertThat(VerdictEngine.decide(three, true).verdict()).isEqualTo(Verdict.NO_SIGNS_FOUND);
    }

    @Test
    void aHiddenRecipientListAddsToAStrongerSignLikeTheOtherWeakSigns() {
        assertThat(VerdictEngine.decide(List.of(f(Kind.FAILED_AUTHENTICATION, Severity.CAUTION))).verdict())
                .isEqualTo(Verdict.NO_SIGNS_FOUND);
        assertThat(VerdictEngine.decide(List.of(f(Kind.FAILED_AUTHENTICATION, Severity.CAUTION),
                f(Kind.MASS_MAILING, Severity.INFO))).verdict()).isEqualTo(Verdict.SUSPICIOUS);
        assertThat(VerdictEngine.decide(List.of(f(Kind.FAILED_AUTHENTICATION, Severity.CAUTION),
                f(Kind.MASS_MAILING, Severity.INFO)), true).verdict()).isEqualTo(Verdict.NO_SIGNS_FOUND);
    }

    @Test
    void twoStrongClaimsMakeALikelyScam() {
        VerdictResult r = VerdictEngine.decide(List.of(f(Kind.MAC_ADDRESS_CLAIM), f(Kind.CALL_THIS_NUMBER),
                f(Kind.ODD_CAPITALIZATION)));
        assertThat(r.verdict()).isEqualTo(Verdict.LIKELY_SCAM);
        assertThat(r.reasons()).extracting(Finding::kind)
                .containsExactly(Kind.CALL_THIS_NUMBER, Kind.MAC_ADDRESS_CLAIM, Kind.ODD_CAPITALIZATION);
    }

    @Test
    void oneWarningIsSuspicious() {
        assertThat(VerdictEngine.decide(List.of(f(Kind.REPLY_TO_MISMATCH, Severity.WARNING))).verdict())
                .isEqualTo(Verdict.SUSPICIOUS);
    }

    @Test
    void theSameKindTwiceCountsOnce() {
        VerdictResult r = VerdictEngine.decide(List.of(f(Kind.CALL_THIS_NUMBER), f(Kind.CALL_THIS_NUMBER)));
        assertThat(r.verdict()).isNotEqualTo(Verdict.LIKELY_SCAM);
    }

    @Test
    void everyVerdictHasItsWordsInTheBundle() {
        Messages m = Messages.english();
        for (Verdict v : Verdict.values()) {
            VerdictResult r = new VerdictResult(v, 0, Text.of(v.headlineKey()), Text.of(v.summaryKey()), List.of(),
                    List.of());
            assertThat(m.format(r.headline())).isNotBlank().doesNotContainIgnoringCase("safe");
            assertThat(m.format(r.summary())).isNotBlank().doesNotContainIgnoringCase("safe");
        }
        for (Text step : VerdictEngine.decide(List.of()).steps()) {
            assertThat(m.format(step)).isNotBlank();
        }
    }

    @Test
    void listAndNewsletterStructureLowersWeakSignsButNeverHidesAStrongOne() {
        List<Finding> cautionAndWeak = List.of(f(Kind.SUSPICIOUS_LINK, Severity.CAUTION),
                f(Kind.URGENT_DEADLINE, Severity.CAUTION), f(Kind.GENERIC_GREETING, Severity.CAUTION));
        assertThat(VerdictEngine.decide(cautionAndWeak, false).verdict()).isEqualTo(Verdict.SUSPICIOUS);
        assertThat(VerdictEngine.decide(cautionAndWeak, true).verdict()).isEqualTo(Verdict.NO_SIGNS_FOUND);
        List<Finding> strong = List.of(f(Kind.CREDENTIALS_REQUEST), f(Kind.BRAND_IMPERSONATION),
                f(Kind.URGENT_DEADLINE, Severity.CAUTION));
        assertThat(VerdictEngine.decide(strong, true).verdict()).isEqualTo(Verdict.LIKELY_SCAM);
        assertThat(VerdictEngine.decide(List.of(f(Kind.DISPLAY_NAME_MISMATCH, Severity.WARNING)), true).verdict())
                .isEqualTo(Verdict.SUSPICIOUS);
    }

    @Test
    void oneWarningWithWeakSignsIsSuspiciousNotLikelyScam() {
        VerdictResult r = VerdictEngine.decide(List.of(f(Kind.TOO_GOOD_TO_BE_TRUE, Severity.WARNING),
                f(Kind.URGENT_DEADLINE, Severity.CAUTION), f(Kind.GENERIC_GREETING, Severity.CAUTION),
                f(Kind.MASS_MAILING, Severity.INFO)));
        assertThat(r.verdict()).isEqualTo(Verdict.SUSPICIOUS);
        assertThat(r.reasons()).hasSize(3).first().extracting(Finding::kind).isEqualTo(Kind.TOO_GOOD_TO_BE_TRUE);
    }
}
