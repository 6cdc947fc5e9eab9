package io.scamcheck.detect;

import io.scamcheck.i18n.Messages;
import io.scamcheck.testing.DetectorProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class UnusualPaymentDetectorTest {
    private final UnusualPaymentDetector detector = new UnusualPaymentDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.UNUSUAL_PAYMENT);

    @Test
    void giftCardsForAFee() {
        assertThat(probe.words("To release your parcel you must pay the customs fee with Google Play cards."))
                .containsExactly("pay", "fee", "Google Play cards");
    }

    @Test
    void giftCardCodesRequested() {
        String text = "Buy four Apple gift cards of 100 dollars each, scratch the back and send me the codes.";
        assertThat(probe.words(text)).containsExactly("Apple gift cards", "send me the codes");
        Finding f = probe.only(text);
        assertThat(f.severity()).isEqualTo(Severity.DANGER);
        assertThat(Messages.english().join(f.explanation())).contains("numbers on the back");
    }

    @Test
    void bossAsksForGiftCardsAcrossSentences() {
        assertThat(probe.words("""
                Are you at your desk? I need you to get five Apple gift cards for a client today.
                Keep this between us. When you have them, email me pictures of the backs.
                """)).containsExactly("Apple gift cards", "email me pictures of the backs");
    }

    @Test
    void bitcoinDemands() {
        assertThat(probe.words("Make the payment of 1200 USD in Bitcoin within 48 hours."))
                .containsExactly("payment of 1200 USD in Bitcoin");
        assertThat(probe.words("Send 0.05 BTC to my bitcoin wallet below."))
                .containsExactly("Send 0.05 BTC to my bitcoin wallet");
        assertThat(probe.words("Go to the nearest Bitcoin ATM and insert the cash.")).contains("Bitcoin ATM");
    }

    @Test
    void claimWordsInTheScamDoNotHideIt() {
        assertThat(probe.words("Claim your reward now: pay the shipping fee in Bitcoin."))
                .containsExactly("pay the shipping fee in Bitcoin");
    }

    @Test
    void moneyTransferServices() {
        assertThat(probe.words("Send the processing fee by Western Union to our agent in London."))
                .containsExactly("fee by Western Union");
        assertThat(probe.words("Transfer the money through MoneyGram today."))
                .containsExactly("Transfer the money", "MoneyGram");
    }

    @Test
    void cashByCourier() {
        Finding f = probe.only("Withdraw the cash from your bank. A courier will come to your home to collect the cash.");
        assertThat(f.severity()).isEqualTo(Severity.DANGER);
        assertThat(words(paste("A courier will come to your home to collect the cash."),
                probe.findings("A courier will come to your home to collect the cash."),
                Kind.UNUSUAL_PAYMENT)).containsExactly("courier will come to your home to collect the cash");
    }

    @Test
    void aWireWeighsLittle() {
        Finding f = probe.only("Please pay the invoice by wire transfer before Friday.");
        assertThat(f.severity()).isEqualTo(Severity.CAUTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a store promotion
        "Give the perfect gift: buy a $50 gift card and get a $10 bonus card free. Shop now.",
        "Gift cards are available in store and online, and you can pay with them at checkout.",
        // a survey prize
        "Complete our survey for a chance to win a $100 Amazon gift card.",
        // a friend and Bitcoin
        "How much did you pay for bitcoin back in 2017? I might buy some too.",
        "The bitcoin price fell again today, glad I sold in March.",
        // an honest birthday gift
        "I will send you a gift card for your birthday, since I never know what to buy!",
        // a mailing list about cryptography
        "The crypto library now supports ed25519 keys; transfer of keys between hosts is documented.",
        // a shop's own instructions on a gift card it sold
        "Thank you for your order. To redeem your gift card, scratch the back to reveal the PIN and enter it at checkout.",
        // a bounce message
        "Your message about the gift card order could not be delivered.",
        // the University called ETH
        "The tuition fee at ETH Zurich is low compared to other universities.",
        // a warning about the scam
        "Scammers ask you to pay in gift cards. No real agency will ever do that.",
    })
    void legitimateMessagesAreQuiet(String text) {
        assertThat(probe.words(text)).isEmpty();
    }
}
