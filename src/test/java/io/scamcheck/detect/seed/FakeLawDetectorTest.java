package io.scamcheck.detect.seed;

import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.i18n.Text;
import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class FakeLawDetectorTest {
    private final FakeLawDetector detector = new FakeLawDetector();

    @Test
    void findsTheSeedLawAndGivesTheRealYearAndCountry() {
        Email e = paste("This is violation of Information Technology Act of 1996. For now we are Cancelling "
                + "your Windows License.");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.FAKE_LAW)).containsExactly("Information Technology Act of 1996");
        assertThat(f.get(0).explanation()).contains(
                Text.of("fact.law.wrong-year", "Information Technology Act", "2000", "1996"),
                Text.of("fact.law.it-act"));
    }

    @Test
    void findsARealNameWithTheWrongYear() {
        Email e = paste("You broke the Computer Fraud and Abuse Act, 2005 and must pay a fine.");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.FAKE_LAW)).containsExactly("Computer Fraud and Abuse Act, 2005");
        assertThat(f.get(0).explanation()).contains(
                Text.of("fact.law.wrong-year", "Computer Fraud and Abuse Act", "1984, 1986", "2005"));
    }

    @Test
    void findsMisnamedCitations() {
        Email e = paste("You have violated Article 161 of the Criminal Code of the USA.");
        assertThat(words(e, run(detector, e), Kind.FAKE_LAW))
                .containsExactly("Article 161 of the Criminal Code of the USA");
        Email s = eml("From: Mail Support <x@example.net>\nTo: you@example.com\n"
                + "Subject: IP address blacklisted(Child Pornography Act 1996 violated)\n\nHello.\n");
        List<Finding> f = run(detector, s);
        assertThat(words(s, f, Kind.FAKE_LAW)).containsExactly("Child Pornography Act 1996");
        assertThat(f.get(0).explanation()).contains(Text.of("fact.law.cppa"));
    }

    @Test
    void reportsANameTheTableSaysDoesNotExist() {
        FakeLawDetector withMadeUpLaw = new FakeLawDetector(List.of(
                "# test table", "fake\tNational Internet Safety Act\t-", "real\tComputer Misuse Act\t1990"));
        Email e = paste("This breaches the National Internet Safety Act of 2019 and the Computer Misuse Act 1990.");
        List<Finding> f = run(withMadeUpLaw, e);
        assertThat(words(e, f, Kind.FAKE_LAW)).containsExactly("National Internet Safety Act of 2019");
        assertThat(f.get(0).explanation()).contains(Text.of("fact.law.no-such-law"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Computer Fraud and Abuse Act makes this a crime in the United States.",
            "We process your data under the Data Protection Act 2018 and the GDPR.",
            "India's Information Technology Act, 2000 applies to this contract.",
            "The Information Technology (Amendment) Act, 2008 changed section 66.",
            "The Child Pornography Prevention Act of 1996 was partly struck down in 2002.",
            "The Information Technology Management Reform Act of 1996 created the post of CIO.",
            "Act now and save 20% on your next order!",
            "Under the Copyright Act 1968, this material may not be copied.",
            "The Computer Misuse Act 1990 is the main UK law on hacking."
    })
    void leavesRealLawsCitedCorrectlyAlone(String message) {
        assertThat(run(detector, paste(message))).isEmpty();
    }
}
