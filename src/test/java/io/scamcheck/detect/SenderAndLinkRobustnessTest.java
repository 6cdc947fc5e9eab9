package io.scamcheck.detect;

import io.scamcheck.knowledge.Knowledge;
import io.scamcheck.model.Email;
import io.scamcheck.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.scamcheck.testing.Fixtures.eml;
import static io.scamcheck.testing.Fixtures.paste;
import static org.assertj.core.api.Assertions.assertThat;

/** Odd and hostile input never makes these detectors throw, hang, or point outside the text. */
class SenderAndLinkRobustnessTest {
    private static final List<Detector> DETECTORS = List.of(new DangerousAttachmentDetector(),
            new DisplayNameMismatchDetector(), new FailedAuthenticationDetector(), new LinkTextMismatchDetector(),
            new LookalikeDomainDetector(), new MassMailingDetector(), new ReplyToMismatchDetector(),
            new SuspiciousLinkDetector());

    private static void check(Email e) {
        Analysis a = new Analysis(e, Knowledge.standard());
        for (Detector d : DETECTORS) {
            for (Finding f : d.detect(a)) {
                for (Span s : f.spans()) {
                    assertThat(s.end()).as(d.name()).isLessThanOrEqualTo(e.text().length());
                }
            }
        }
    }

    @Test
    void oddHeadersAndLinksAreHandled() {
        List<String> sources = List.of(
                "From: <>\nReply-To: @\nTo: ,,,\nAuthentication-Results: ;;;=;(((\nSubject: x\n\nbody\n",
                "From: \"a@b\" <\nReply-To: \"x\" <@@@>\nAuthentication-Results: dmarc=fail header.from=\n\nhi\n",
                "From: =?utf-8?B?////?= <a@xn--->\nTo: undisclosed-recipients:;\nAuthentication-Results: spf=fail"
                        + " smtp.mailfrom=@; dkim=fail header.i=@; compauth=fail reason=\n\nhi\n",
                "From: x@[127.0.0.1]\nReply-To: y@\u0430\u0440\u0440\u04cf\u0435.com\nSubject: a\nMIME-Version: 1.0\n"
                        + "Content-Type: text/html\n\n<a href=\"http://\">x</a><a href=\"http://@\">www.a.com</a>"
                        + "<a href=\"https://[::1\">b</a><a href=\"http://%zz\">c</a><a href=\"\u0000\">d</a>"
                        + "<a href=\"mailto:\">e@f.com</a><a href=\"data:\">f</a><a href=\"http://0x7f.1\">g</a>"
                        + "<a href=\"http://a..b/\">h.com</a><a href=\"//evil.example.com\">www.bank.com</a>\n",
                "From: " + "a".repeat(5000) + "@" + "b.".repeat(200) + "com\nReply-To: " + "c,".repeat(2000)
                        + "\nAuthentication-Results: " + "(".repeat(5000) + "spf=fail\n\n" + "x ".repeat(10000) + "\n");
        for (String s : sources) {
            check(eml(s));
            check(paste(s));
        }
    }

    @Test
    void randomNoiseIsHandledQuickly() {
        Random r = new Random(42);
        String alphabet = "abc.-@:/\\<>\"'()[]%=;, \n\u0430\u043e\u0456xn--0123456789httpsmailto";
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder("From: ");
            List<String> parts = new ArrayList<>(List.of("\nReply-To: ", "\nAuthentication-Results: ",
                    "\nTo: ", "\nSubject: ", "\n\nhttp://", " www.", " <a href=\"http://x\">www."));
            for (String p : parts) {
                for (int j = 0; j < r.nextInt(200); j++) {
                    sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                sb.append(p);
            }
            check(eml(sb.toString()));
        }
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(20.0);
    }
}
