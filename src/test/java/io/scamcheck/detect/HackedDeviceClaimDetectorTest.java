package io.scamcheck.detect;

import io.scamcheck.model.Email;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.scamcheck.testing.Fixtures.paste;
import static io.scamcheck.testing.Fixtures.run;
import static io.scamcheck.testing.Fixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

class HackedDeviceClaimDetectorTest {
    private final HackedDeviceClaimDetector detector = new HackedDeviceClaimDetector();

    private List<String> spans(String text) {
        Email e = paste(text);
        return words(e, run(detector, e), Kind.HACKED_DEVICE_CLAIM);
    }

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
        assertThat(spans(BLACKMAIL)).containsExactly(
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
        assertThat(spans("We have gained full access to your devices and accounts.")).containsExactly(
                "We have gained full access to your devices");
        assertThat(spans("My trojan gives me access to your camera and microphone.")).containsExactly(
                "gives me access to your camera");
        assertThat(spans("I have been monitoring your activity for months.")).containsExactly(
                "I have been monitoring your activity for months");
        assertThat(spans("I have downloaded all your photos, videos and documents.")).containsExactly(
                "I have downloaded all your photos, videos and documents");
    }

    @Test
    void moreWaysOfSayingIt() {
        assertThat(spans("I cracked your email and I have full control over your device."))
                .containsExactly("I cracked your email", "I have full control over your device");
        assertThat(spans("Your phone was infected with my private malware months ago."))
                .containsExactly("infected with my private malware");
        assertThat(spans("A Trojan was installed on your computer when you opened that link."))
                .containsExactly("Trojan was installed on your computer");
        assertThat(spans("I exploited a vulnerability in your router."))
                .containsExactly("I exploited a vulnerability in your router");
        assertThat(spans("Then I made a video showing how you satisfy yourself."))
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
        assertThat(spans(text)).isEmpty();
    }
}
