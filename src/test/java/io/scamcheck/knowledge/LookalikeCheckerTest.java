package io.scamcheck.knowledge;

import io.scamcheck.knowledge.LookalikeChecker.Reason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LookalikeCheckerTest {
    private static Brand brand(String name, String... domains) {
        return new Brand(name, Pattern.compile(Pattern.quote(name)), List.of(domains));
    }

    private final LookalikeChecker checker = new LookalikeChecker(List.of(
            brand("PayPal", "paypal.com", "paypal.me"),
            brand("Microsoft", "microsoft.com", "office.com", "live.com"),
            brand("Apple", "apple.com", "icloud.com"),
            brand("DHL", "dhl.com", "dhl.de")));

    private Reason reason(String host) {
        Optional<LookalikeChecker.Lookalike> l = checker.check(host);
        assertThat(l).as(host).isPresent();
        return l.get().reason();
    }

    @Test
    void lookAlikeLettersAreFound() {
        assertThat(reason("paypa1.com")).isEqualTo(Reason.LETTERS);
        assertThat(reason("rnicrosoft.com")).isEqualTo(Reason.LETTERS);
        assertThat(reason("micros0ft-online.net")).isEqualTo(Reason.BRAND_NAME_INSIDE);
        assertThat(reason("www.micr0soft.com")).isEqualTo(Reason.LETTERS);
        assertThat(checker.check("paypa1.com").orElseThrow().brand().name()).isEqualTo("PayPal");
        assertThat(checker.check("paypa1.com").orElseThrow().brandDomain()).isEqualTo("paypal.com");
    }

    @Test
    void homographsFromOtherAlphabetsAreFound() {
        // Cyrillic а in the middle of Latin letters
        assertThat(reason("p\u0430ypal.com")).isIn(Reason.LETTERS, Reason.MIXED_ALPHABETS);
        // аррӏе.com written in punycode: all Cyrillic, reads "apple"
        Optional<LookalikeChecker.Lookalike> l = checker.check("xn--80ak6aa92e.com");
        assertThat(l).isPresent();
        assertThat(l.get().brand().name()).isEqualTo("Apple");
    }

    @Test
    void oneOrTwoChangedLettersAreFound() {
        assertThat(reason("paypall.com")).isEqualTo(Reason.TYPO);
        assertThat(reason("paypla.com")).isEqualTo(Reason.TYPO);
        assertThat(reason("micosoft.com")).isEqualTo(Reason.TYPO);
        assertThat(reason("mircosfot.com")).isEqualTo(Reason.TYPO);
    }

    @Test
    void theCompanyInFrontOfAnotherDomainIsFound() {
        assertThat(reason("paypal.com.secure-login.xyz")).isEqualTo(Reason.BRAND_DOMAIN_IN_FRONT);
        assertThat(reason("www.office.com.account-check.top")).isEqualTo(Reason.BRAND_DOMAIN_IN_FRONT);
        assertThat(reason("paypal.account-check.top")).isEqualTo(Reason.BRAND_NAME_IN_FRONT);
        assertThat(reason("paypal-resolution.com")).isEqualTo(Reason.BRAND_NAME_INSIDE);
        assertThat(reason("dhl-parcel-tracking.info")).isEqualTo(Reason.BRAND_NAME_INSIDE);
    }

    @Test
    void theCompaniesOwnAddressesAreNotLookalikes() {
        assertThat(checker.check("www.paypal.com")).isEmpty();
        assertThat(checker.check("paypal.me")).isEmpty();
        assertThat(checker.check("login.live.com")).isEmpty();
        assertThat(checker.check("email.apple.com")).isEmpty();
        assertThat(checker.check("dhl.de")).isEmpty();
    }

    @Test
    void ordinaryNamesAreNotLookalikes() {
        for (String host : List.of("example.com", "r-project.org", "offices.com", "lists.sourceforge.net",
                "paypal.de", "dhs.gov", "apply.com", "www.officedepot.com", "news.bbc.co.uk", "münchen.de",
                "яндекс.рф", "192.168.1.1", "")) {
            assertThat(checker.check(host)).as(host).isEmpty();
        }
    }

    @Test
    void distanceCountsASwapAsOneStep() {
        assertThat(LookalikeChecker.distance("paypal", "paypal", 2)).isZero();
        assertThat(LookalikeChecker.distance("paypal", "papyal", 2)).isEqualTo(1);
        assertThat(LookalikeChecker.distance("paypal", "paypall", 2)).isEqualTo(1);
        assertThat(LookalikeChecker.distance("microsoft", "mircosfot", 2)).isEqualTo(2);
        assertThat(LookalikeChecker.distance("abc", "xyz", 1)).isGreaterThan(1);
    }

    @Test
    void theStandardCompanyListFindsNewLookalikesButNotEverydayHosts() {
        LookalikeChecker standard = Knowledge.standard().lookalikes();
        assertThat(standard.check("rabobank-veilig.example")).map(l -> l.brand().name()).contains("Rabobank");
        assertThat(standard.check("commerzbamk.com")).map(l -> l.brand().name()).contains("Commerzbank");
        for (String host : List.of("cvs.sourceforge.net", "sparkasse-hannover.de", "united-domains.de",
                "www.sparkasse.de", "evri.com", "post-gazette.com", "discovery.com", "lufthansa-technik.com",
                "zalando-lounge.de", "s-bahn-berlin.de", "schengen-visa-services.org", "blockchain-council.org",
                "telecom.pt", "interact.io")) {
            assertThat(standard.check(host)).as(host).isEmpty();
        }
    }
}
