package io.scamcheck.detect;

import io.scamcheck.detect.seed.BrandImpersonationDetector;
import io.scamcheck.detect.seed.CallThisNumberDetector;
import io.scamcheck.detect.seed.CrimeAccusationDetector;
import io.scamcheck.detect.seed.FakeLawDetector;
import io.scamcheck.detect.seed.IpAddressClaimDetector;
import io.scamcheck.detect.seed.LicenseCancellationDetector;
import io.scamcheck.detect.seed.MacAddressClaimDetector;
import io.scamcheck.detect.seed.OddCapitalizationDetector;

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
                new BrandImpersonationDetector(),
                new CallThisNumberDetector(),
                new CredentialsRequestDetector(),
                new CrimeAccusationDetector(),
                new CryptoAddressDetector(),
                new DangerousAttachmentDetector(),
                new DisguisedTextDetector(),
                new DisplayNameMismatchDetector(),
                new FailedAuthenticationDetector(),
                new FakeLawDetector(),
                new FakeVirusAlertDetector(),
                new GenericGreetingDetector(),
                new HackedDeviceClaimDetector(),
                new IpAddressClaimDetector(),
                new LicenseCancellationDetector(),
                new LinkTextMismatchDetector(),
                new LookalikeDomainDetector(),
                new MacAddressClaimDetector(),
                new MassMailingDetector(),
                new OddCapitalizationDetector(),
                new PasswordShownDetector(),
                new PersonalInfoRequestDetector(),
                new RemoteAccessDetector(),
                new ReplyToMismatchDetector(),
                new SecrecyRequestDetector(),
                new SentFromYourAccountDetector(),
                new SuspiciousLinkDetector(),
                new SwappedLettersDetector(),
                new ThreatOfConsequencesDetector(),
                new TooGoodToBeTrueDetector(),
                new UnexpectedChargeDetector(),
                new UnusualPaymentDetector(),
                new UrgentDeadlineDetector()
        );
        return list.stream().sorted(Comparator.comparing(Detector::name)).toList();
    }
}
