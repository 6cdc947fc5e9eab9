package io.scamcheck.detect;

import io.scamcheck.model.Email;
import io.scamcheck.testing.DetectorProbe;
import io.scamcheck.testing.DetectorRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class ThreatOfConsequencesDetectorTest {
    private final ThreatOfConsequencesDetector detector = new ThreatOfConsequencesDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.THREAT_OF_CONSEQUENCES);

    @Test
    void accountClosureAndLossOfFiles() {
        DetectorRun f = probe.on("""
                Your account will be permanently suspended unless you act.
                Failure to update your details will result in the loss of your data.
                Your photos and videos will be deleted on Monday.
                """);
        assertThat(f.words()).containsExactly(
                "Your account will be permanently suspended",
                "Failure to update your details will result",
                "Your photos and videos will be deleted");
        assertThat(f.first().severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void arrestThreatIsADanger() {
        DetectorRun f = probe.on(
                "If you do not pay the fine today, a warrant for your arrest will be issued and you will be prosecuted.");
        assertThat(f.words())
                .containsExactly("a warrant for your arrest", "you will be prosecuted");
        assertThat(f.first().severity()).isEqualTo(Severity.DANGER);
        assertThat(f.factKeys()).contains("fact.threat-of-consequences.legal");
    }

    @Test
    void exposureToContactsIsADanger() {
        DetectorRun f = probe.on("Pay within two days or I will send the video to all your contacts.");
        assertThat(f.words())
                .containsExactly("I will send the video to all your contacts");
        assertThat(f.first().severity()).isEqualTo(Severity.DANGER);
    }

    @Test
    void reassuranceAndNewsAreQuiet() {
        Email calm = paste("Don't worry: your account will not be closed, and nothing changes for you.");
        Email news = paste("""
                The former chief executive was arrested on Tuesday and will be sued by the state, the police said.
                Shares fell 4% on the news.
                """);
        Email list = paste("To leave the list, send a message; your e-mail address will be deleted from this group.");
        assertThat(run(detector, calm)).isEmpty();
        assertThat(run(detector, news)).isEmpty();
        assertThat(run(detector, list)).isEmpty();
    }

    @Test
    void headlinesThatYourFilesAreAboutToGo() {
        for (String scare : List.of("Storage Limit Reached. Files Removal Scheduled Monday",
                "24 Hours Left - Prevent Photos & Videos Deletion")) {
            assertThat(probe.findings(scare)).as(scare).extracting(Finding::kind).containsExactly(Kind.THREAT_OF_CONSEQUENCES);
        }
        for (String calm : List.of("Our backup plan helps prevent data loss when a disk fails.",
                "The deletion of old photos from the shared album is scheduled by you in Settings.",
                "We removed the files you asked about.")) {
            assertThat(probe.findings(calm)).as(calm).isEmpty();
        }
    }

    @Test
    void balanceToBeZeroed() {
        Email e = paste("We plan to block inactive accounts soon. Please take note that your account balance will be"
                + " zeroed upon blocking.");
        assertThat(words(e, run(detector, e), Kind.THREAT_OF_CONSEQUENCES))
                .containsExactly("your account balance will be zeroed");
    }

    @Test
    void statementBalanceIsQuiet() {
        assertThat(probe.findings(
                "Your account balance will be shown on your next statement. Funds will be available in two days.")).isEmpty();
    }
}
