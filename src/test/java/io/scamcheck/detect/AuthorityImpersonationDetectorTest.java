package io.scamcheck.detect;

import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class AuthorityImpersonationDetectorTest {
    private final AuthorityImpersonationDetector detector = new AuthorityImpersonationDetector();

    private static List<String> facts(List<Finding> f) {
        return f.get(0).explanation().stream().map(t -> t.key()).toList();
    }

    @Test
    void fbiLetterheadAndSelfIntroduction() {
        Email e = paste("""
                Dear Beneficiary,
                I am Special Agent Mark Dunn of the Federal Bureau of Investigation.
                Your fund has been cleared, contact our office today.
                """);
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.AUTHORITY_IMPERSONATION)).containsExactly("Federal Bureau of Investigation");
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(facts(f)).contains("fact.authority-impersonation.police");
    }

    @Test
    void taxRefundTagInTheSubject() {
        Email e = eml("""
                From: Refunds <notice@refund-center.example>
                To: you@example.org
                Subject: [IRS Report] Your tax refund is ready

                Fill in the attached form.
                """);
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.AUTHORITY_IMPERSONATION)).containsExactly("IRS");
        assertThat(facts(f)).contains("fact.authority-impersonation.tax");
    }

    @Test
    void lookalikeLetterStillCounts() {
        Email e = paste("[ lRS : Report ] - Your refund is ready to be processed.");
        assertThat(words(e, run(detector, e), Kind.AUTHORITY_IMPERSONATION)).containsExactly("lRS");
    }

    @Test
    void senderNameIsAnAuthority() {
        Email e = eml("""
                From: "Social Security Administration" <statements@mailer.example>
                To: you@example.org
                Subject: New statement

                A new statement is waiting.
                """);
        assertThat(words(e, run(detector, e), Kind.AUTHORITY_IMPERSONATION))
                .containsExactly("Social Security Administration");
    }

    @Test
    void newsAboutAgenciesIsQuiet() {
        Email e = paste("""
                The FBI said on Monday that the suspect had been arrested. The Secretary of Homeland Security will
                testify next week, and the IRS expects refunds to be delayed this spring.
                """);
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void lowerCaseWordsAreNotAcronyms() {
        Email e = paste("Use the irs and ssa columns of the data frame, then plot fbi against imf.");
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void realGovernmentSenderIsNotReported() {
        Email e = eml("""
                From: "Internal Revenue Service" <news@service.irs.gov>
                To: you@example.org
                Subject: IRS Tax Tips: your tax return checklist

                This is the IRS newsletter you subscribed to.
                """);
        assertThat(run(detector, e)).isEmpty();
    }
}
