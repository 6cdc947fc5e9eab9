package io.scamcheck.detect;

import java.util.Comparator;
import java.util.List;

/**
 * The explicit list of every detector the program runs. A new detector is added here, in name order; a test
 * checks that the list stays sorted and that names are unique.
 */
public final class DetectorRegistry {
    private DetectorRegistry() {
    }

    public static List<Detector> all() {
        List<Detector> list = List.of(
                // keep in name order
                new AuthorityImpersonationDetector(),
                new CredentialsRequestDetector(),
                new GenericGreetingDetector(),
                new PersonalInfoRequestDetector(),
                new SecrecyRequestDetector(),
                new ThreatOfConsequencesDetector(),
                new TooGoodToBeTrueDetector(),
                new UnexpectedChargeDetector(),
                new UrgentDeadlineDetector()
        );
        return list.stream().sorted(Comparator.comparing(Detector::name)).toList();
    }
}
