package io.scamcheck.detect;

import io.scamcheck.intake.Intake;
import io.scamcheck.model.Email;
import io.scamcheck.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.scamcheck.testing.Fixtures.analyze;
import static io.scamcheck.testing.Fixtures.sharedFile;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The founding case (DETECTORS.md, "The seed scam, claim by claim"): every claim found on its exact words, and
 * the verdict a likely scam, both for the email file and for the bare text a worried person would paste.
 */
class SeedScamTest {
    /** The seed table: each kind with the words it must highlight. */
    private static final Map<Kind, List<String>> TABLE = Map.of(
            Kind.CRIME_ACCUSATION, List.of("child pornography accessed from your IP address"),
            Kind.IP_ADDRESS_CLAIM, List.of("IP Address: 206.19.86.255"),
            Kind.MAC_ADDRESS_CLAIM, List.of("MAC Address : A0:95:6D:C7"),
            Kind.FAKE_LAW, List.of("Information Technology Act of 1996"),
            Kind.LICENSE_CANCELLATION, List.of("Cancelling your Windows License"),
            Kind.CALL_THIS_NUMBER, List.of("call MS Support Team at 1-844-286-1916"),
            Kind.BRAND_IMPERSONATION, List.of("Microsoft Support"),
            Kind.ODD_CAPITALIZATION, List.of("If this was not You", "Please call MS Support Team"));

    @Test
    void theEmailFileIsALikelyScamWithEveryClaimOnItsWords() throws Exception {
        Email email = Intake.fromFile(sharedFile("samples/seed-tech-support-scam.eml"));
        Report report = analyze(email);

        assertThat(report.verdict().verdict()).isEqualTo(Verdict.LIKELY_SCAM);
        assertThat(kinds(report)).containsAll(TABLE.keySet());
        TABLE.forEach((kind, expected) ->
                assertThat(words(email, report.findings(), kind)).as(kind.id()).containsAll(expected));

        // The brand is highlighted in the signature at the end of the body, not only in the From line.
        int signature = email.text().lastIndexOf("Microsoft Support");
        assertThat(signature).isGreaterThan(email.bodyStart());
        assertThat(report.findings()).filteredOn(f -> f.kind() == Kind.BRAND_IMPERSONATION)
                .flatMap(Finding::spans)
                .anyMatch(s -> s.start() == signature && s.end() == signature + "Microsoft Support".length());
    }

    @Test
    void theSpansOfTheTableAreExactlyTheseWordsInTheBody() throws Exception {
        Email email = Intake.fromFile(sharedFile("samples/seed-tech-support-scam.eml"));
        Report report = analyze(email);
        for (Kind kind : List.of(Kind.CRIME_ACCUSATION, Kind.IP_ADDRESS_CLAIM, Kind.MAC_ADDRESS_CLAIM,
                Kind.FAKE_LAW, Kind.CALL_THIS_NUMBER, Kind.ODD_CAPITALIZATION)) {
            assertThat(words(email, report.findings(), kind)).as(kind.id()).containsExactlyElementsOf(TABLE.get(kind));
        }
    }

    @Test
    void thePastedTextIsALikelyScamWithAllButTheBrandClaim() throws Exception {
        Email email = Intake.fromFile(sharedFile("samples/seed-tech-support-scam.txt"));
        Report report = analyze(email);

        assertThat(report.verdict().verdict()).isEqualTo(Verdict.LIKELY_SCAM);
        Set<Kind> expected = EnumSet.copyOf(TABLE.keySet());
        expected.remove(Kind.BRAND_IMPERSONATION);
        assertThat(kinds(report)).containsAll(expected).doesNotContain(Kind.BRAND_IMPERSONATION);
        for (Kind kind : expected) {
            assertThat(words(email, report.findings(), kind)).as(kind.id()).containsAll(TABLE.get(kind));
        }
    }

    private static Set<Kind> kinds(Report report) {
        Set<Kind> out = EnumSet.noneOf(Kind.class);
        report.findings().forEach(f -> out.add(f.kind()));
        return out;
    }
}
