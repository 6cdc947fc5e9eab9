package io.scamcheck.detect.crypto;

import io.scamcheck.detect.crypto.CryptoAddresses.Candidate;
import io.scamcheck.detect.crypto.CryptoAddresses.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CryptoAddressesTest {

    private static Candidate only(String text) {
        List<Candidate> all = CryptoAddresses.find(text, 0, text.length());
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",   // the first Bitcoin address ever used
        "1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH",
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",   // P2SH
        "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",   // Tron
    })
    void base58CheckAddressesWithTheRightChecksumAreValid(String address) {
        Candidate c = only("Send it to " + address + " today.");
        assertThat(c.check()).isEqualTo(Check.VALID);
        assertThat(c.text()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",   // last letter changed
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfMa",
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz",
    })
    void aChangedLetterBreaksTheBase58Checksum(String address) {
        assertThat(only("Wallet: " + address).check()).isEqualTo(Check.INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
        "BC1SW50QGDZ25J",
        "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
    })
    void bip173AndBip350VectorsAreValid(String address) {
        Candidate c = only("address: " + address + ".");
        assertThat(c.check()).isEqualTo(Check.VALID);
        assertThat(c.coin()).isEqualTo("Bitcoin");
    }

    @Test
    void witnessVersionDecidesBetweenBech32AndBech32m() {
        assertThat(only("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4").format()).isEqualTo("SegWit v0, Bech32");
        assertThat(only("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0").format())
                .isEqualTo("SegWit v1, Bech32m");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",   // last letter changed
        "bc1qw508d6qejxtdg4y5r3zarvcry0c5xw7kv8f3t4",   // a letter in the middle changed
        // BIP-350: a v1 program with a Bech32 (v0 style) checksum is not valid
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",
    })
    void brokenBech32IsInvalid(String address) {
        assertThat(only("pay to " + address).check()).isEqualTo(Check.INVALID);
    }

    @Test
    void mixedCaseBech32IsNotValid() {
        assertThat(only("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7KV8F3T4").check()).isEqualTo(Check.INVALID);
    }

    @Test
    void keccak256MatchesKnownDigests() {
        HexFormat hex = HexFormat.of();
        assertThat(hex.formatHex(Keccak256.hash(new byte[0])))
                .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        assertThat(hex.formatHex(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
        // longer than one block of 136 bytes
        byte[] long200 = "a".repeat(200).getBytes(StandardCharsets.US_ASCII);
        assertThat(Keccak256.hash(long200)).hasSize(32).isNotEqualTo(Keccak256.hash(new byte[200]));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
    })
    void eip55VectorsAreValid(String address) {
        assertThat(only("ETH: " + address).check()).isEqualTo(Check.VALID);
    }

    @Test
    void eip55WithOneLetterInTheWrongCaseIsInvalid() {
        assertThat(only("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD").check()).isEqualTo(Check.INVALID);
        assertThat(only("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").check()).isEqualTo(Check.INVALID);
    }

    @Test
    void ethereumInOneCaseHasNoChecksum() {
        assertThat(only("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed").check()).isEqualTo(Check.NO_CHECKSUM);
    }

    @Test
    void ordinaryWordsAndCodesAreNotCandidates() {
        String text = "Tracking number 1Z999AA10123456784, order 3000000000000000000000000001, "
                + "Message-ID 35D4575B4B344F23AD8D2CF355751ABD, hash 0x1234, and the word "
                + "Thisisaverylongwordwithoutspaces.";
        assertThat(CryptoAddresses.find(text, 0, text.length())).isEmpty();
    }

    @Test
    void anAddressGluedInsideALongerTokenIsNotTaken() {
        String text = "x1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa and 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNaX";
        assertThat(CryptoAddresses.find(text, 0, text.length())).isEmpty();
    }
}
