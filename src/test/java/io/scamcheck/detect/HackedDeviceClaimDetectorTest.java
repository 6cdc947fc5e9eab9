package io.scamcheck.detect;

import io.scamcheck.testing.DetectorProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HackedDeviceClaimDetectorTest {
    private final HackedDeviceClaimDetector detector = new HackedDeviceClaimDetector();
    private final DetectorProbe probe = new DetectorProbe(detector, Kind.HACKED_DEVICE_CLAIM);

    static final String BLACKMAIL = """
            Hello,

            I have to tell you something. A few months ago I've hacked your computer through a link you
            opened. I installed a special spyware program on your device, and it stays invisible to your antivirus.
            I recorded you through your webcam while you were watching adult sites.
            Then I recorded you while you were enjoying yourself, and I captured both you and the video.
            I also copied your contact list, so I have access to your contacts and your social networks.
            """;

    @Test
    void eachClaimOfTheBlackmailIsFound() {
        assertThat(probe.words(BLACKMAIL)).containsExactly(
                "I've hacked your computer",
                "I installed a special spyware program on your device",
                "I recorded you through your webcam while you were watching",
                "I recorded you while you were enjoying",
                "captured both you and the video",
                "I also copied your contact list",
                "I have access to your contacts");
    }

    @Test
    void otherCommonWordings() {
        assertThat(probe.words("We have gained full access to your devices and accounts.")).containsExactly(
                "We have gained full access to your devices");
        assertThat(probe.words("My trojan gives me access to your camera and microphone.")).containsExactly(
                "gives me access to your camera");
        assertThat(probe.words("I have been monitoring your activity for months.")).containsExactly(
                "I have been monitoring your activity for months");
        assertThat(probe.words("I have downloaded all your photos, videos and documents.")).containsExactly(
                "I have downloaded all your photos, videos and documents");
    }

    @Test
    void moreWaysOfSayingIt() {
        assertThat(probe.words("I cracked your email and I have full control over your device."))
                .containsExactly("I cracked your email", "I have full control over your device");
        assertThat(probe.words("Your phone was infected with my private malware months ago."))
                .containsExactly("infected with my private malware");
        assertThat(probe.words("A Trojan was installed on your computer when you opened that link."))
                .containsExactly("Trojan was installed on your computer");
        assertThat(probe.words("I exploited a vulnerability in your router."))
                .containsExactly("I exploited a vulnerability in your router");
        assertThat(probe.words("Then I made a video showing how you satisfy yourself."))
                .containsExactly("made a video showing how you satisfy");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I made a video of you opening the presents, it is so sweet!",
        "I recorded you singing at the wedding, I will send it to you.",
        "We found a bug in your app and sent a fix.",
        "I installed the new printer software on your computer yesterday, so it should work now.",
        "I have access to your shared folder now, thanks for adding me.",
        "I downloaded your slides from the conference page.",
        "We recorded the webinar and will send the video to everyone who signed up.",
        "Scammers claim: \"I hacked your device and recorded you.\" These emails are fake.",
        "Our IT team will never ask for your password. If your account was hacked, tell us.",
        "I watched your talk on YouTube, great job!",
    })
    void legitimateSentencesAreQuiet(String text) {
        assertThat(probe.words(text)).isEmpty();
    }
}
