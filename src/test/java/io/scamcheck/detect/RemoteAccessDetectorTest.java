package io.scamcheck.detect;

import io.scamcheck.i18n.Messages;
import io.scamcheck.model.Email;
import io.scamcheck.testing.DetectorProbe;
import io.scamcheck.testing.DetectorRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

class RemoteAccessDetectorTest {
    private final RemoteAccessDetector detector = new RemoteAccessDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.REMOTE_ACCESS_REQUEST);

    @Test
    void toolNameWithADownloadRequest() {
        DetectorRun f = probe.on("To get your refund, download AnyDesk from the link and read us the 9-digit code.");
        assertThat(f.words()).containsExactly("download AnyDesk", "code");
        assertThat(f.first().severity()).isEqualTo(Severity.DANGER);
        assertThat(Messages.english().join(f.first().explanation())).contains("AnyDesk");
    }

    @Test
    void mentioningScammersDoesNotHideTheRequest() {
        assertThat(probe.words("To protect you from scammers, download AnyDesk and give us the code."))
                .containsExactly("download AnyDesk", "give us", "code");
    }

    @Test
    void toolNameWrittenApart() {
        assertThat(probe.words("Please install Team Viewer so our agent can help."))
                .containsExactly("install Team Viewer");
    }

    @Test
    void requestInWords() {
        assertThat(probe.words("Our technician will need you to allow our technician to connect to your computer."))
                .containsExactly("allow our technician to connect to your computer");
        assertThat(probe.words("We can fix it with a remote session on your PC today."))
                .containsExactly("remote session on your PC");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We use TeamViewer internally for meetings.",
        "Quick Assist is a tool built into Windows.",
        "Scammers often ask you to install AnyDesk, so never do that for a stranger.",
        "Remote work is here to stay: tips for your home office.",
    })
    void namesWithoutARequestAreQuiet(String text) {
        assertThat(probe.words(text)).isEmpty();
    }

    @Test
    void makerOfTheToolWritingAboutItIsQuiet() {
        Email e = eml("""
                From: TeamViewer <news@teamviewer.com>
                To: customer@example.org
                Subject: What is new
                Content-Type: text/plain; charset=utf-8

                Download TeamViewer 15 today and install it on all your machines.
                """);
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void aReplyInAThreadWeighsLess() {
        Email e = eml("""
                From: Help Desk <support@example-company.com>
                To: customer@example.org
                Subject: Re: my printer
                In-Reply-To: <1234@example.org>
                Content-Type: text/plain; charset=utf-8

                As agreed on the phone, please download TeamViewer and send us the ID.
                """);
        List<Finding> f = run(detector, e);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    }
}
