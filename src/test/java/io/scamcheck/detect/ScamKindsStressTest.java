package io.scamcheck.detect;

import io.scamcheck.knowledge.Knowledge;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static io.scamcheck.testing.Fixtures.paste;
import static org.assertj.core.api.Assertions.assertThat;

/** Odd and hostile text: the detectors never throw and stay fast (no pattern tries a long run piece by piece). */
class ScamKindsStressTest {
    private static final List<Detector> DETECTORS = List.of(new CryptoAddressDetector(), new DisguisedTextDetector(),
            new FakeVirusAlertDetector(), new HackedDeviceClaimDetector(), new PasswordShownDetector(),
            new RemoteAccessDetector(), new SentFromYourAccountDetector(), new UnusualPaymentDetector());

    private static String hostile() {
        StringBuilder sb = new StringBuilder();
        sb.append("your ").append(" ".repeat(50_000)).append("computer is infected\n");
        sb.append("I have ".repeat(5_000)).append('\n');
        sb.append("pay ".repeat(5_000)).append("bitcoin\n");
        sb.append("a".repeat(40_000)).append('\n');
        sb.append("1".repeat(10_000)).append(" 0x").append("f".repeat(5_000)).append(" bc1").append("q".repeat(5_000));
        sb.append("\nyour password is ").append("x".repeat(10_000)).append('\n');
        sb.append("\u0430".repeat(5_000)).append("abc\u200b".repeat(5_000)).append("\u202e".repeat(100));
        sb.append("send me the ".repeat(3_000)).append("gift cards\n");
        sb.append("remote ".repeat(3_000)).append("anydesk download ".repeat(1_000));
        Random r = new Random(42);
        for (int i = 0; i < 50_000; i++) {
            sb.append((char) (r.nextInt(0x3000) + 1));
        }
        return sb.toString();
    }

    @Test
    void hostileTextIsHandledQuickly() {
        Email e = paste(hostile());
        Analysis a = new Analysis(e, Knowledge.standard());
        for (Detector d : DETECTORS) {
            d.detect(a); // warm up
            long t0 = System.nanoTime();
            d.detect(a);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(ms).as(d.name() + " took " + ms + " ms on " + e.text().length() + " chars")
                    .isLessThan(1_500);
        }
    }

    @Test
    void emptyAndTinyInputs() {
        for (String s : List.of("I", "your", "0x", "bc1", "\u200b", "\u202e", "pay", "a\u0301", "\uD835")) {
            Analysis a = new Analysis(paste(s), Knowledge.standard());
            for (Detector d : DETECTORS) {
                assertThat(d.detect(a)).as(d.name() + " on " + s).isNotNull();
            }
        }
    }
}
