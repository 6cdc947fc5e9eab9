package io.scamcheck.detect;

import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class GenericGreetingDetectorTest {
    private final GenericGreetingDetector detector = new GenericGreetingDetector();

    @Test
    void dearCustomerAndDearBeneficiary() {
        Email a = paste("Dear Valued Customer,\nYour statement is ready.");
        Email b = paste("ATTENTION: BENEFICIARY\nYour fund is ready.");
        List<Finding> f = run(detector, a);
        assertThat(words(a, f, Kind.GENERIC_GREETING)).containsExactly("Dear Valued Customer");
        assertThat(f.get(0).severity()).isEqualTo(Severity.CAUTION);
        assertThat(words(b, run(detector, b), Kind.GENERIC_GREETING)).containsExactly("ATTENTION: BENEFICIARY");
    }

    @Test
    void emailAddressUsedAsAName() {
        Email e = paste("Hello anna.berg@example.org,\nWe noticed a problem with your account.");
        assertThat(words(e, run(detector, e), Kind.GENERIC_GREETING)).containsExactly("Hello anna.berg@example.org");
    }

    @Test
    void namedGreetingsAreQuiet() {
        Email e = paste("Dear Anna,\nThanks for the photos from Sunday.\n\nHi everyone, dinner is at 7.");
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void greetingWordsInsideASentenceAreQuiet() {
        Email e = paste("We want every customer to feel welcome, dear reader.");
        assertThat(run(detector, e)).isEmpty();
    }
}
