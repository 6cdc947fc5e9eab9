package io.scamcheck.detect;

import io.scamcheck.model.Email;
import io.scamcheck.testing.DetectorProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class FakeVirusAlertDetectorTest {
    private final FakeVirusAlertDetector detector = new FakeVirusAlertDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.FAKE_VIRUS_ALERT);

    @Test
    void infectedDeviceAlertIsFound() {
        assertThat(probe.words("Warning! Your computer is infected with 5 viruses. Call support now to remove them."))
                .containsExactly("Your computer is infected with 5 viruses");
    }

    @Test
    void countedThreatsFoundOnYourDevice() {
        assertThat(probe.words("SECURITY CENTER\nWe have detected 3 trojans on your PC during a routine scan."))
                .containsExactly("We have detected 3 trojans on your PC");
        assertThat(probe.words("Virus detected on your device! Download the cleaner now."))
                .containsExactly("Virus detected on your device");
    }

    @Test
    void lockedComputerAndRemovalDemand() {
        assertThat(probe.words("Your PC has been blocked due to suspicious activity. Remove the viruses from your "
                + "computer by calling us.")).containsExactly("Your PC has been blocked due to suspicious",
                "Remove the viruses from your computer");
    }

    @Test
    void damageAndBlockingWordings() {
        assertThat(probe.words("Your system is heavily damaged by four viruses."))
                .containsExactly("Your system is heavily damaged by four viruses");
        assertThat(probe.words("Access to this PC has been blocked for security reasons."))
                .containsExactly("Access to this PC has been blocked for");
    }

    @Test
    void unprotectedDeviceClaim() {
        assertThat(probe.words("Your subscription ended yesterday. Your device is currently unprotected."))
                .containsExactly("Your device is currently unprotected");
    }

    @Test
    void subjectLineCounts() {
        Email e = paste("From: Alerts <alerts@example.com>\nTo: you@example.org\n"
                + "Subject: Your iPhone has been hacked\n\nOpen the attachment.");
        assertThat(words(e, run(detector, e), Kind.FAKE_VIRUS_ALERT)).containsExactly("Your iPhone has been hacked");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // an IT newsletter about ransomware
        "Ransomware is on the rise. If your computer is infected, disconnect it from the network and call the "
            + "IT desk on the number on your badge.",
        "How to tell whether your phone has been hacked: battery drain, odd pop-ups and unknown apps.",
        "Is your computer infected? Five signs to look for.",
        "Our new scanner makes sure your computer is not infected before you connect to the office VPN.",
        // a bounce from a mail server's virus filter
        "host 127.0.0.1 said: 550 Virus Detected; message rejected by the content filter",
        // a repair shop
        "We are sorry: your laptop was damaged in transit, and we will replace it for free.",
        // a friend
        "My laptop was infected last week, so I wiped it and reinstalled everything.",
        // a warning that quotes the scam
        "Scammers send pop-ups that claim your computer is infected with viruses. Do not call them.",
    })
    void legitimateMentionsAreQuiet(String text) {
        assertThat(probe.words(text)).isEmpty();
    }

    @Test
    void blackmailByAHackerIsLeftToTheHackedDeviceClaim() {
        assertThat(probe.words("I hacked your computer last month. Your device has been hacked and I have your "
                + "contacts.")).isEmpty();
    }
}
