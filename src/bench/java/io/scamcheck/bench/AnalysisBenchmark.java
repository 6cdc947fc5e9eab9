package io.scamcheck.bench;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.detect.Report;
import io.scamcheck.intake.Intake;
import io.scamcheck.intake.IntakeException;
import io.scamcheck.model.Email;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;

/**
 * Speed targets from DESIGN.md: the seed scam analysed in under 2 ms, a 1 MB HTML message under 100 ms.
 * Also a message with a 20 MB attachment (read, listed, never opened) and intake alone.
 */
@State(Scope.Benchmark)
public class AnalysisBenchmark {
    private Analyzer analyzer;
    private byte[] seed;
    private Email seedEmail;
    private byte[] newsletter;
    private byte[] withAttachment;

    @Setup
    public void setUp() throws IOException, IntakeException {
        analyzer = Analyzer.standard();
        Path shared = Path.of(System.getProperty("shared.dir", "../shared"));
        Path seedFile = shared.resolve("samples/seed-tech-support-scam.eml");
        seed = Files.exists(seedFile) ? Files.readAllBytes(seedFile) : Messages.seedLike();
        seedEmail = Intake.fromBytes(seed, "seed.eml");
        newsletter = Messages.htmlNewsletter(1 << 20);
        withAttachment = Messages.withAttachment(20 << 20);
        analyzer.analyze(seedEmail);
    }

    /** Analysis alone of the seed scam (already read). Target: under 2 ms. */
    @Benchmark
    public Report seedAnalysis() {
        return analyzer.analyze(seedEmail);
    }

    /** Reading and analysing the seed scam from its bytes. */
    @Benchmark
    public Report seedIntakeAndAnalysis() throws IntakeException {
        return analyzer.analyze(Intake.fromBytes(seed, "seed.eml"));
    }

    /** Intake alone: the seed scam's bytes to a message. */
    @Benchmark
    public Email seedIntake() throws IntakeException {
        return Intake.fromBytes(seed, "seed.eml");
    }

    /** A 1 MB HTML newsletter, read and analysed. Target: under 100 ms. */
    @Benchmark
    public Report htmlNewsletter1MB() throws IntakeException {
        return analyzer.analyze(Intake.fromBytes(newsletter, "newsletter.eml"));
    }

    /** Intake alone of the 1 MB HTML newsletter (MIME, base64, HTML to text): the part that is not analysis. */
    @Benchmark
    public Email htmlNewsletter1MBIntake() throws IntakeException {
        return Intake.fromBytes(newsletter, "newsletter.eml");
    }

    /** A short message with a 20 MB attachment, read and analysed. */
    @Benchmark
    public Report attachment20MB() throws IntakeException {
        return analyzer.analyze(Intake.fromBytes(withAttachment, "attachment.eml"));
    }

    /** Generated test messages, so the benchmarks need nothing from outside the project. */
    static final class Messages {
        private Messages() {
        }

        static byte[] seedLike() {
            return ("From: \"Microsoft Support\" <support@ms-help.xyz>\r\nTo: you@example.com\r\n"
                    + "Subject: Windows License Suspended\r\n\r\n"
                    + "We have found instances of child pornography accessed from your IP address & MAC Address.\r\n"
                    + "IP Address: 206.19.86.255\r\nMAC Address : A0:95:6D:C7\r\n\r\n"
                    + "Please call MS Support Team at 1-844-286-1916 for further help.\r\n")
                    .getBytes(StandardCharsets.UTF_8);
        }

        static byte[] htmlNewsletter(int size) {
            StringBuilder html = new StringBuilder("<html><head><style>p{color:#333}</style></head><body>");
            Random r = new Random(42);
            String[] words = {"offer", "garden", "recipe", "weekend", "news", "members", "summer", "event",
                    "tickets", "library", "update", "community", "photos", "sale", "reading", "walk"};
            int i = 0;
            while (html.length() < size) {
                html.append("<table><tr><td><h2>Story ").append(i).append("</h2><p>");
                for (int w = 0; w < 60; w++) {
                    html.append(words[r.nextInt(words.length)]).append(' ');
                }
                html.append("</p><a href=\"https://news.example.org/track?id=").append(i)
                        .append("\">Read more</a> <img src=\"https://img.example.org/").append(i)
                        .append(".png\" alt=\"photo\"></td></tr></table>\n");
                i++;
            }
            html.append("</body></html>");
            String b64 = Base64.getMimeEncoder().encodeToString(html.toString().getBytes(StandardCharsets.UTF_8));
            return ("From: News <news@example.org>\r\nTo: you@example.com\r\nSubject: This week\r\n"
                    + "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\n" + b64 + "\r\n").getBytes(StandardCharsets.UTF_8);
        }

        static byte[] withAttachment(int size) {
            byte[] data = new byte[size];
            new Random(7).nextBytes(data);
            String b64 = Base64.getMimeEncoder().encodeToString(data);
            return ("From: Ann <ann@example.org>\r\nTo: you@example.com\r\nSubject: Photos\r\n"
                    + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                    + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHere are the photos from Sunday.\r\n"
                    + "--b1\r\nContent-Type: application/zip; name=\"photos.zip\"\r\n"
                    + "Content-Disposition: attachment; filename=\"photos.zip\"\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\n" + b64 + "\r\n--b1--\r\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
