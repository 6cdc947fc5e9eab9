package io.scamcheck.detect;

import io.scamcheck.detect.seed.BrandImpersonationDetector;
import io.scamcheck.detect.seed.CallThisNumberDetector;
import io.scamcheck.detect.seed.CrimeAccusationDetector;
import io.scamcheck.detect.seed.FakeLawDetector;
import io.scamcheck.detect.seed.IpAddressClaimDetector;
import io.scamcheck.detect.seed.LicenseCancellationDetector;
import io.scamcheck.detect.seed.MacAddressClaimDetector;
import io.scamcheck.detect.seed.OddCapitalizationDetector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The explicit list of every detector the program runs. A new detector is added here, in name order; a test
 * checks that the list stays sorted and that names are unique.
 */
public final class DetectorRegistry {
    private DetectorRegistry() {
    }

    /** Every detector, by its constructor. Keep in name order. */
    private static final List<Supplier<Detector>> MAKERS = List.of(
            AuthorityImpersonationDetector::new,
            BrandImpersonationDetector::new,
            CallThisNumberDetector::new,
            CredentialsRequestDetector::new,
            CrimeAccusationDetector::new,
            CryptoAddressDetector::new,
            DangerousAttachmentDetector::new,
            DisguisedTextDetector::new,
            DisplayNameMismatchDetector::new,
            FailedAuthenticationDetector::new,
            FakeLawDetector::new,
            FakeVirusAlertDetector::new,
            GenericGreetingDetector::new,
            HackedDeviceClaimDetector::new,
            IpAddressClaimDetector::new,
            LicenseCancellationDetector::new,
            LinkTextMismatchDetector::new,
            LookalikeDomainDetector::new,
            MacAddressClaimDetector::new,
            MassMailingDetector::new,
            OddCapitalizationDetector::new,
            PasswordShownDetector::new,
            PersonalInfoRequestDetector::new,
            RemoteAccessDetector::new,
            ReplyToMismatchDetector::new,
            SecrecyRequestDetector::new,
            SentFromYourAccountDetector::new,
            SuspiciousLinkDetector::new,
            SwappedLettersDetector::new,
            ThreatOfConsequencesDetector::new,
            TooGoodToBeTrueDetector::new,
            UnexpectedChargeDetector::new,
            UnusualPaymentDetector::new,
            UrgentDeadlineDetector::new);

    /**
     * Makes each detector once. Several of them compile large phrase lists, so on a machine with more than one
     * core they are made side by side: the command line's cold start waits for this.
     */
    public static List<Detector> all() {
        int threads = Math.min(MAKERS.size(), Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<Detector> list = new ArrayList<>();
        if (threads == 1) {
            for (Supplier<Detector> m : MAKERS) {
                list.add(m.get());
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "scamcheck-detectors");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Detector>> made = new ArrayList<>();
                for (Supplier<Detector> m : MAKERS) {
                    made.add(pool.submit(m::get));
                }
                for (Future<Detector> f : made) {
                    list.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while making the detectors", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        return list.stream().sorted(Comparator.comparing(Detector::name)).toList();
    }
}
