package io.scamcheck.detect.seed;

import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.i18n.Text;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class MacAddressClaimDetectorTest {
    private final MacAddressClaimDetector detector = new MacAddressClaimDetector();

    @Test
    void findsTheSeedValueAndSaysItHasOnlyFourPairs() {
        Email e = paste("We have found instances of child pornography accessed from your IP address & MAC Address.\n"
                + "IP Address: 206.19.86.255\nMAC Address : A0:95:6D:C7\n");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.MAC_ADDRESS_CLAIM)).containsExactly("MAC Address : A0:95:6D:C7");
        assertThat(f.get(0).explanation()).contains(Text.of("fact.mac.not-six", 4));
        assertThat(f.get(0).explanation()).doesNotContain(Text.of("fact.mac.not-hex"));
    }

    @Test
    void aWellFormedValueIsStillAClaimButWithoutTheMalformedFact() {
        Email e = paste("Your computer is infected. We have logged your device.\nMAC-Address: 00:1A:2B:3C:4D:5E\n");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.MAC_ADDRESS_CLAIM)).containsExactly("MAC-Address: 00:1A:2B:3C:4D:5E");
        assertThat(f.get(0).explanation()).hasSize(1);
    }

    @Test
    void saysWhenTheValueHasLettersBeyondF() {
        Email e = paste("Your PC was hacked by criminals. MAC: 00:1G:2B:3C:4D:5E");
        List<Finding> f = run(detector, e);
        assertThat(f.get(0).explanation()).contains(Text.of("fact.mac.not-hex"));
    }

    @Test
    void aClaimWithoutAValueIsFoundOnItsWords() {
        Email e = paste("We have recorded your MAC address and we know your computer is used for illegal downloads.");
        assertThat(words(e, run(detector, e), Kind.MAC_ADDRESS_CLAIM)).containsExactly("your MAC address");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a friend writing about their router
            "My router's MAC address is 00:1A:2B:3C:4D:5E, can you add it to the allowed list on your network?",
            // an IT team asking for it to register a laptop
            "Please send your MAC address so we can register your laptop on the office network.",
            // a time is not a MAC address
            "The meeting about your computer upgrade starts at 10:00:00 in room 4."
    })
    void staysQuietOnOrdinaryText(String message) {
        assertThat(run(detector, paste(message))).isEmpty();
    }
}
