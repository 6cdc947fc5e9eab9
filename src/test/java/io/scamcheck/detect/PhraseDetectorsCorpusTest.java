package io.scamcheck.detect;

import io.scamcheck.intake.Intake;
import io.scamcheck.knowledge.Knowledge;
import io.scamcheck.model.Email;
import io.scamcheck.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phrase detectors on real mail from the shared corpus (skipped when it is absent): they stay quiet on
 * legitimate mail (newsletters, receipts, bounces, mailing lists) and catch a good share of English scams.
 */
class PhraseDetectorsCorpusTest {
    private static final List<Detector> DETECTORS = List.of(new AuthorityImpersonationDetector(),
            new CredentialsRequestDetector(), new GenericGreetingDetector(), new PersonalInfoRequestDetector(),
            new SecrecyRequestDetector(), new ThreatOfConsequencesDetector(), new TooGoodToBeTrueDetector(),
            new UnexpectedChargeDetector(), new UrgentDeadlineDetector());
    private static final Set<Kind> WEAK = EnumSet.of(Kind.URGENT_DEADLINE, Kind.GENERIC_GREETING);

    private static final List<Set<Kind>> ham = new ArrayList<>();
    private static final List<Set<Kind>> scamsEn = new ArrayList<>();

    @BeforeAll
    static void read() throws Exception {
        Path labels = Fixtures.sharedFile("corpus/labels.tsv");
        Path dir = labels.getParent();
        for (String line : Files.readAllLines(labels)) {
            String[] c = line.split("\t");
            if (c.length < 4 || c[0].equals("path")) {
                continue;
            }
            boolean isHam = c[1].equals("ham");
            if (!isHam && !c[3].equals("en")) {
                continue;
            }
            Email e;
            try {
                e = Intake.fromFile(dir.resolve(c[0]));
            } catch (Exception ex) {
                continue;
            }
            Analysis a = new Analysis(e, Knowledge.standard());
            Set<Kind> kinds = EnumSet.noneOf(Kind.class);
            for (Detector d : DETECTORS) {
                d.detect(a).forEach(f -> kinds.add(f.kind()));
            }
            (isHam ? ham : scamsEn).add(kinds);
        }
    }

    private static Map<Kind, Integer> counts(List<Set<Kind>> msgs) {
        Map<Kind, Integer> out = new EnumMap<>(Kind.class);
        for (Set<Kind> k : msgs) {
            k.forEach(kind -> out.merge(kind, 1, Integer::sum));
        }
        return out;
    }

    @Test
    void strongKindsAreRareOnLegitimateMail() {
        assertThat(ham).hasSizeGreaterThan(500);
        Map<Kind, Integer> c = counts(ham);
        for (Map.Entry<Kind, Integer> e : c.entrySet()) {
            double rate = (double) e.getValue() / ham.size();
            double limit = WEAK.contains(e.getKey()) ? 0.02 : 0.005;
            assertThat(rate).as("%s on legitimate mail", e.getKey().id()).isLessThanOrEqualTo(limit);
        }
        long anyStrong = ham.stream().filter(k -> k.stream().anyMatch(x -> !WEAK.contains(x))).count();
        assertThat((double) anyStrong / ham.size()).as("any strong phrase kind on legitimate mail")
                .isLessThanOrEqualTo(0.01);
    }

    @Test
    void catchAGoodShareOfEnglishScams() {
        assertThat(scamsEn).hasSizeGreaterThan(300);
        long anyStrong = scamsEn.stream().filter(k -> k.stream().anyMatch(x -> !WEAK.contains(x))).count();
        assertThat((double) anyStrong / scamsEn.size()).as("English honeypot mail with a strong phrase kind")
                .isGreaterThanOrEqualTo(0.35);
        Map<Kind, Integer> c = counts(scamsEn);
        assertThat(c.getOrDefault(Kind.CREDENTIALS_REQUEST, 0)).isGreaterThan(40);
        assertThat(c.getOrDefault(Kind.TOO_GOOD_TO_BE_TRUE, 0)).isGreaterThan(100);
        assertThat(c.getOrDefault(Kind.THREAT_OF_CONSEQUENCES, 0)).isGreaterThan(30);
    }
}
