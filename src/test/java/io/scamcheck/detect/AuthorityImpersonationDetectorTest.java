package io.scamcheck.detect;

import io.scamcheck.testing.DetectorProbe;
import io.scamcheck.testing.DetectorRun;
import org.junit.jupiter.api.Test;

import static io.scamcheck.testing.Fixtures.eml;
import static org.assertj.core.api.Assertions.assertThat;

class AuthorityImpersonationDetectorTest {
    private final AuthorityImpersonationDetector detector = new AuthorityImpersonationDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.AUTHORITY_IMPERSONATION);

    @Test
    void fbiLetterheadAndSelfIntroduction() {
        DetectorRun f = probe.on("""
                Dear Beneficiary,
                I am Special Agent Mark Dunn of the Federal Bureau of Investigation.
                Your fund has been cleared, contact our office today.
                """);
        assertThat(f.words()).containsExactly("Federal Bureau of Investigation");
        assertThat(f.first().severity()).isEqualTo(Severity.WARNING);
        assertThat(f.factKeys()).contains("fact.authority-impersonation.police");
    }

    @Test
    void taxRefundTagInTheSubject() {
        DetectorRun f = probe.on(eml("""
                From: Refunds <notice@refund-center.example>
                To: you@example.org
                Subject: [IRS Report] Your tax refund is ready

                Fill in the attached form.
                """));
        assertThat(f.words()).containsExactly("IRS");
        assertThat(f.factKeys()).contains("fact.authority-impersonation.tax");
    }

    @Test
    void lookalikeLetterStillCounts() {
        assertThat(probe.words("[ lRS : Report ] - Your refund is ready to be processed.")).containsExactly("lRS");
    }

    @Test
    void senderNameIsAnAuthority() {
        assertThat(probe.on(eml("""
                From: "Social Security Administration" <statements@mailer.example>
                To: you@example.org
                Subject: New statement

                A new statement is waiting.
                """)).words())
                .containsExactly("Social Security Administration");
    }

    @Test
    void newsAboutAgenciesIsQuiet() {
        assertThat(probe.findings("""
                The FBI said on Monday that the suspect had been arrested. The Secretary of Homeland Security will
                testify next week, and the IRS expects refunds to be delayed this spring.
                """)).isEmpty();
    }

    @Test
    void lowerCaseWordsAreNotAcronyms() {
        assertThat(probe.findings(
                "Use the irs and ssa columns of the data frame, then plot fbi against imf.")).isEmpty();
    }

    @Test
    void realGovernmentSenderIsNotReported() {
        assertThat(probe.on(eml("""
                From: "Internal Revenue Service" <news@service.irs.gov>
                To: you@example.org
                Subject: IRS Tax Tips: your tax return checklist

                This is the IRS newsletter you subscribed to.
                """)).findings()).isEmpty();
    }
}
