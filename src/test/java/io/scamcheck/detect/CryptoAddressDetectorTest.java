package io.scamcheck.detect;

import io.scamcheck.i18n.Messages;
import io.scamcheck.model.Email;
import io.scamcheck.testing.DetectorProbe;
import io.scamcheck.testing.DetectorRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class CryptoAddressDetectorTest {
    private final CryptoAddressDetector detector = new CryptoAddressDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.CRYPTO_ADDRESS);

    private static final String DEMAND = """
            You have 48 hours to make the payment. Send 1500 USD in Bitcoin to this address:

            %s

            After that, I will delete the video.
            """;

    @Test
    void validBitcoinAddressNextToADemand() {
        Email e = paste(DEMAND.formatted("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"));
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.CRYPTO_ADDRESS)).containsExactly("Send", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
        assertThat(f.get(0).severity()).isEqualTo(Severity.DANGER);
        Messages m = Messages.english();
        assertThat(m.join(f.get(0).evidence())).contains("Bitcoin", "checksum valid");
        assertThat(m.join(f.get(0).explanation())).contains("real address");
    }

    @Test
    void segwitAndTaprootAddresses() {
        for (String a : List.of("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")) {
            Email e = paste(DEMAND.formatted(a));
            assertThat(words(e, run(detector, e), Kind.CRYPTO_ADDRESS)).contains(a);
        }
    }

    @Test
    void ethereumAddressWithAndWithoutChecksum() {
        Email checked = paste("Donation address (ETH): 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        assertThat(Messages.english().join(run(detector, checked).get(0).evidence())).contains("checksum valid");
        DetectorRun f = probe.on("Donation address (ETH): 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        assertThat(Messages.english().join(f.first().evidence())).contains("no checksum");
    }

    @Test
    void aLookalikeWithABrokenChecksumIsNotReported() {
        Email e = paste(DEMAND.formatted("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"));
        assertThat(run(detector, e)).isEmpty();
        Email bech = paste(DEMAND.formatted("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"));
        assertThat(run(detector, bech)).isEmpty();
    }

    @Test
    void anAddressWithoutAnyDemandIsNotReported() {
        assertThat(probe.findings("""
                Here is an example from the Bitcoin white paper discussion:
                1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa is the address of the first block's reward.
                """)).isEmpty();
    }

    @Test
    void codesThatLookLikeAddressesAreIgnored() {
        assertThat(probe.findings(
                "Please pay invoice 3000000000000000000000000001 and quote tracking 1Z999AA10123456784.")).isEmpty();
    }
}
