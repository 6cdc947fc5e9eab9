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

class IpAddressClaimDetectorTest {
    private final IpAddressClaimDetector detector = new IpAddressClaimDetector();

    @Test
    void findsTheSeedAddressWithItsLabelAndSaysItEndsIn255() {
        Email e = paste("We have found instances of child pornography accessed from your IP address & MAC Address.\n"
                + "IP Address: 206.19.86.255\nMAC Address : A0:95:6D:C7\n");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.IP_ADDRESS_CLAIM)).containsExactly("IP Address: 206.19.86.255");
        assertThat(f.get(0).explanation()).contains(Text.of("fact.ip.broadcast", "206.19.86.255"));
        assertThat(f.get(0).evidence()).contains(Text.of("evidence.ip-address", "206.19.86.255", "ends-in-255"));
    }

    @Test
    void saysWhenTheAddressIsPrivate() {
        Email e = paste("I hacked your device months ago. Your IP: 192.168.1.44. I recorded you with your camera.");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.IP_ADDRESS_CLAIM)).containsExactly("IP: 192.168.1.44");
        assertThat(f.get(0).explanation()).contains(Text.of("fact.ip.private", "192.168.1.44"));
    }

    @Test
    void saysWhenTheAddressIsNotAnAddressAtAll() {
        Email e = paste("We traced the illegal downloads to your IP address 301.22.4.9 yesterday.");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.IP_ADDRESS_CLAIM)).containsExactly("IP address 301.22.4.9");
        assertThat(f.get(0).explanation()).contains(Text.of("fact.ip.invalid", "301.22.4.9"));
    }

    @Test
    void anOrdinaryPublicAddressGetsNoExtraFact() {
        Email e = paste("Our experts have detected a virus on your computer, connected from 81.2.69.160.");
        List<Finding> f = run(detector, e);
        assertThat(words(e, f, Kind.IP_ADDRESS_CLAIM)).containsExactly("81.2.69.160");
        assertThat(f.get(0).explanation()).hasSize(1);
    }

    @Test
    void classifiesAddresses() {
        assertThat(IpAddressClaimDetector.classify(new int[]{10, 1, 2, 3})).isEqualTo(IpAddressClaimDetector.IpClass.PRIVATE);
        assertThat(IpAddressClaimDetector.classify(new int[]{172, 20, 0, 1})).isEqualTo(IpAddressClaimDetector.IpClass.PRIVATE);
        assertThat(IpAddressClaimDetector.classify(new int[]{172, 32, 0, 1})).isEqualTo(IpAddressClaimDetector.IpClass.PUBLIC);
        assertThat(IpAddressClaimDetector.classify(new int[]{127, 0, 0, 1})).isEqualTo(IpAddressClaimDetector.IpClass.LOOPBACK);
        assertThat(IpAddressClaimDetector.classify(new int[]{169, 254, 3, 4})).isEqualTo(IpAddressClaimDetector.IpClass.RESERVED);
        assertThat(IpAddressClaimDetector.classify(new int[]{203, 0, 113, 9})).isEqualTo(IpAddressClaimDetector.IpClass.RESERVED);
        assertThat(IpAddressClaimDetector.classify(new int[]{239, 1, 1, 1})).isEqualTo(IpAddressClaimDetector.IpClass.RESERVED);
        assertThat(IpAddressClaimDetector.classify(new int[]{8, 8, 4, 255})).isEqualTo(IpAddressClaimDetector.IpClass.BROADCAST);
        assertThat(IpAddressClaimDetector.classify(new int[]{8, 8, 256, 1})).isEqualTo(IpAddressClaimDetector.IpClass.INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a technical note that mentions an address in passing
            "The printer is at 192.168.1.20, so add it in your network settings if it does not show up.",
            // a firewall notice: blocked, but nobody is accused of anything
            "Your IP address 203.0.113.7 was blocked by the firewall after too many failed logins. "
                    + "It will be unblocked in one hour.",
            // a real sign-in notice
            "We noticed a new sign-in to your Google Account on a Windows device.\nIP address: 81.2.69.160\n"
                    + "If this was you, you do not need to do anything.",
            // version numbers and dates are not addresses
            "Your computer was infected with nothing: version 1.2.3.4.5 fixes the illegal-character bug."
    })
    void staysQuietOnOrdinaryText(String message) {
        assertThat(run(detector, paste(message))).isEmpty();
    }

    @Test
    void mailServerAddressesInHeadersAreNotClaims() {
        Email e = eml("Received: from mail.example.org (mail.example.org [198.51.100.7])\n"
                + "From: Ann <ann@example.org>\nTo: you@example.com\nSubject: Lunch\n\n"
                + "Lunch on Friday? I found a nice place near your office.\n");
        assertThat(run(detector, e)).isEmpty();
    }
}
