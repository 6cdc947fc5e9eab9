package io.scamcheck.detect;

import io.scamcheck.intake.Intake;
import io.scamcheck.intake.IntakeException;
import io.scamcheck.knowledge.Knowledge;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.scamcheck.testing.Fixtures.sharedFile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Legitimate mail (newsletters, receipts, bounces, mailing lists) from the shared corpus stays quiet: each of
 * the sender, link and attachment kinds fires on at most 2% of it, and as a warning or worse on at most 1%.
 * Skipped when the corpus is absent.
 */
class SenderAndLinkCorpusTest {
    private static final List<Detector> DETECTORS = List.of(new DangerousAttachmentDetector(),
            new DisplayNameMismatchDetector(), new FailedAuthenticationDetector(), new LinkTextMismatchDetector(),
            new LookalikeDomainDetector(), new MassMailingDetector(), new ReplyToMismatchDetector(),
            new SuspiciousLinkDetector());

    @Test
    void legitimateMailStaysQuiet() throws IOException {
        Path ham = sharedFile("corpus/ham");
        Map<Kind, Integer> any = new EnumMap<>(Kind.class);
        Map<Kind, Integer> strong = new EnumMap<>(Kind.class);
        int total = 0;
        try (Stream<Path> files = Files.list(ham)) {
            for (Path p : files.sorted().toList()) {
                Email e;
                try {
                    e = Intake.fromFile(p);
                } catch (IntakeException ex) {
                    continue;
                }
                total++;
                Analysis a = new Analysis(e, Knowledge.standard());
                for (Detector d : DETECTORS) {
                    List<Finding> found = d.detect(a);
                    found.stream().map(Finding::kind).distinct().forEach(k -> any.merge(k, 1, Integer::sum));
                    found.stream().filter(f -> f.severity().compareTo(Severity.WARNING) <= 0).map(Finding::kind)
                            .distinct().forEach(k -> strong.merge(k, 1, Integer::sum));
                }
            }
        }
        assertThat(total).isGreaterThan(100);
        for (Map.Entry<Kind, Integer> e : any.entrySet()) {
            assertThat(e.getValue() * 100.0 / total).as("%s on ham", e.getKey().id()).isLessThanOrEqualTo(2.0);
        }
        for (Map.Entry<Kind, Integer> e : strong.entrySet()) {
            assertThat(e.getValue() * 100.0 / total).as("%s as a warning on ham", e.getKey().id())
                    .isLessThanOrEqualTo(1.0);
        }
    }
}
