package io.scamcheck.detect.seed;

import io.scamcheck.detect.Detector;
import io.scamcheck.detect.DetectorRegistry;
import io.scamcheck.detect.Finding;
import io.scamcheck.model.Email;
import io.scamcheck.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Odd and hostile input: the seed detectors never throw, stay quick, and keep every span inside the text. */
class SeedDetectorsRobustnessTest {
    private static final List<Detector> SEED = List.of(new BrandImpersonationDetector(), new CallThisNumberDetector(),
            new CrimeAccusationDetector(), new FakeLawDetector(), new IpAddressClaimDetector(),
            new LicenseCancellationDetector(), new MacAddressClaimDetector(), new OddCapitalizationDetector());

    @Test
    void theSeedDetectorsAreAllRegistered() {
        List<String> registered = DetectorRegistry.all().stream().map(Detector::name).toList();
        assertThat(registered).containsAll(SEED.stream().map(Detector::name).toList());
    }

    @Test
    void hostileInputIsHandledQuickly() {
        List<Email> inputs = new ArrayList<>();
        inputs.add(paste("x"));
        inputs.add(paste("You ".repeat(50_000) + "call 1-844-286-1916"));
        inputs.add(paste("a".repeat(300_000) + " You " + "b".repeat(300_000) + ", Please " + "c".repeat(300_000)));
        inputs.add(paste("1.2.3.4 ".repeat(20_000) + " your computer is infected with illegal porn"));
        inputs.add(paste("MAC: " + "A0:".repeat(50_000) + " your IP was hacked"));
        inputs.add(paste("Information Technology Act of 1996 ".repeat(5_000)));
        inputs.add(paste(("Foo " + "Bar ".repeat(40) + "Act ").repeat(2_000)));
        inputs.add(paste("call ".repeat(20_000) + "1".repeat(5_000) + " 1-844-286-1916 not you"));
        inputs.add(paste("If this was not you, call 1-844-286-1916. ".repeat(3_000)));
        inputs.add(paste("your your your your ".repeat(25_000) + "IP address used for money laundering"));
        inputs.add(paste("\n".repeat(100_000) + "Microsoft Support"));
        inputs.add(eml("From: \"Microsoft Support\" <x@y.example>\nTo: a@b.example\nSubject: s\n\n"
                + "Microsoft\n".repeat(20_000) + "Sent by the Microsoft team. ".repeat(2_000)));
        Random r = new Random(42);
        for (int n = 0; n < 30; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 20_000; i++) {
                sb.append((char) (r.nextInt(4) == 0 ? r.nextInt(0x3000) : " .:,-1aAyYouP\n@<>()".charAt(r.nextInt(19))));
            }
            inputs.add(paste(sb.toString()));
        }
        for (Email e : inputs) {
            for (Detector d : SEED) {
                long t0 = System.nanoTime();
                List<Finding> found = run(d, e);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertThat(ms).as("%s on a %d-character input", d.name(), e.text().length()).isLessThan(3_000);
                for (Finding f : found) {
                    for (Span s : f.spans()) {
                        assertThat(s.end()).isLessThanOrEqualTo(e.text().length());
                        assertThat(s.length()).isPositive();
                    }
                }
            }
        }
    }
}
