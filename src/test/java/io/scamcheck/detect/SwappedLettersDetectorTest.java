package io.scamcheck.detect;

import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class SwappedLettersDetectorTest {
    private final SwappedLettersDetector detector = new SwappedLettersDetector();

    @Test
    void aCapitalIForASmallLInTheWordsFiltersLookFor() {
        Email e = eml("From: Iedger <jennifer@shop.example>\nTo: you@example.com\n"
                + "Subject: Someone tried to Iog in To Your Account, User lD : you@example.com\n\nHi.\n");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.DISGUISED_TEXT)).containsExactly("Iedger", "Iog", "lD");
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(f.get(0).explanation()).extracting(t -> t.key()).contains("fact.disguised-text.swapped-letters");
    }

    @Test
    void realWordsWithICapitalsAreQuiet() {
        for (String honest : List.of("I logged in at 9. Ink cartridges are on sale in Iowa.",
                "Your ID card, your login and your ledger are ready; I log in every day.",
                "Install the Ice Link adapter; I limit screen time to an hour.")) {
            assertThat(run(detector, paste(honest))).as(honest).isEmpty();
        }
    }
}
