package io.scamcheck.detect;

import io.scamcheck.intake.Intake;
import io.scamcheck.intake.IntakeException;
import io.scamcheck.knowledge.Knowledge;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.scamcheck.testing.Fixtures.sharedFile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Legitimate mail stays quiet: over the shared corpus's ham (personal mail, mailing lists, commercial
 * newsletters, bounces), each of these kinds fires on at most half a percent of messages. Skipped when the
 * corpus is absent.
 */
class ScamKindsOnHamTest {
    private static final List<Detector> DETECTORS = List.of(new CryptoAddressDetector(), new DisguisedTextDetector(),
            new FakeVirusAlertDetector(), new HackedDeviceClaimDetector(), new PasswordShownDetector(),
            new RemoteAccessDetector(), new SentFromYourAccountDetector(), new UnusualPaymentDetector());

    @Test
    void hamRarelyFiresTheseKinds() throws IOException {
        Path labels = sharedFile("corpus/labels.tsv");
        Path dir = labels.getParent();
        Map<Kind, List<String>> fired = new EnumMap<>(Kind.class);
        int ham = 0;
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (c.length < 2 || !c[1].equals("ham")) {
                continue;
            }
            Email email;
            try {
                email = Intake.fromFile(dir.resolve(c[0]));
            } catch (IntakeException e) {
                continue;
            }
            ham++;
            Analysis a = new Analysis(email, Knowledge.standard());
            for (Detector d : DETECTORS) {
                for (Finding f : d.detect(a)) {
                    fired.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(c[0]);
                }
            }
        }
        assertThat(ham).isGreaterThan(100);
        int limit = ham / 200;
        for (Map.Entry<Kind, List<String>> e : fired.entrySet()) {
            assertThat(e.getValue().size()).as(e.getKey().id() + " on ham: " + e.getValue()).isLessThanOrEqualTo(limit);
        }
    }
}
