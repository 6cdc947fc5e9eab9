package io.scamcheck.detect;

import io.scamcheck.model.Email;
import io.scamcheck.testing.DetectorProbe;
import io.scamcheck.testing.DetectorRun;
import io.scamcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static io.scamcheck.testing.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

class SecrecyRequestDetectorTest {
    private final SecrecyRequestDetector detector = new SecrecyRequestDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.SECRECY_REQUEST);

    @Test
    void bossAsksForAFavourAndSecrecy() {
        DetectorRun f = probe.on("""
                Are you available? I need a quick favour. I'm in a meeting and can't talk, just reply by email.
                Please keep this between us for now.
                """);
        assertThat(f.words())
                .containsExactly("Are you available?", "I need a quick favour", "I'm in a meeting and can't talk",
                        "keep this between us");
        assertThat(f.factKeys()).contains("fact.secrecy-request.unreachable");
    }

    @Test
    void doNotTellTheBank() {
        DetectorRun f = probe.on(
                "Do not tell your bank about this transfer. If the bank asks, say it is a gift for family.");
        assertThat(f.words())
                .containsExactly("Do not tell your bank", "If the bank asks", "say it is a gift");
        assertThat(f.factKeys()).contains("fact.secrecy-request.bank");
    }

    @Test
    void advanceFeeConfidentiality() {
        assertThat(probe.words("I will appreciate your utmost confidentiality in this transaction."))
                .containsExactly("utmost confidentiality");
    }

    @Test
    void legalFooterIsQuiet() {
        assertThat(probe.findings("""
                See you at the meeting.

                CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee and may contain privileged
                information. Please keep it strictly confidential. If you have received this message in error,
                please notify the sender and delete it.
                """)).isEmpty();
    }

    @Test
    void ordinaryAdviceIsQuiet() {
        assertThat(probe.findings(
                "If you don't think a show is right for children, don't let your kids watch it.")).isEmpty();
    }

    @Test
    void fakeBossOpenerInAShortNote() {
        DetectorRun f = probe.on("Can you help me out with this? Please let me know if you have a moment.");
        assertThat(f.words())
                .containsExactly("Can you help me out with this", "let me know if you have a moment");
        assertThat(f.factKeys()).contains("fact.secrecy-request.opener");
    }

    @Test
    void areYouAvailableOpener() {
        assertThat(probe.words("Hi, are you available? I need a quick favour from you.\n\nSent from my iPhone"))
                .containsExactly("are you available?", "I need a quick favour from you");
    }

    @Test
    void realReplyAskingForAMinuteIsQuiet() {
        Email e = Fixtures.eml("""
                From: Anna <anna@example.org>
                To: bob@example.org
                Subject: Re: budget draft
                In-Reply-To: <abc@example.org>
                References: <abc@example.org>

                Thanks Bob. Do you have a minute later today to go over it?
                """);
        assertThat(run(detector, e)).isEmpty();
    }

    @Test
    void longLetterWithAQuestionIsQuiet() {
        assertThat(probe.findings("""
                Hi all, the garden club meets on Saturday at ten in the church hall. We will plan the spring
                planting, sort the seed swap and choose who brings tea. Last time we ran out of cups, so please
                bring one if you can. The path by the side door is muddy, so use the front entrance. Are you
                around on Saturday? Let me know if you have a minute to help set up the tables before we start.
                """)).isEmpty();
    }
}
