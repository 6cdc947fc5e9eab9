package io.scamcheck.report;

import io.scamcheck.detect.Report;
import io.scamcheck.testing.Fixtures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Messages for the report tests. */
final class ReportTestSupport {
    static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 3, 4, 9, 30, 0, 0, ZoneOffset.UTC);

    private ReportTestSupport() {
    }

    /** The bank notice of src/test/resources/report: a link whose text differs, Reply-To, auth, route... */
    static Report bankNotice() {
        try (InputStream in = ReportTestSupport.class.getResourceAsStream("/report/bank-notice.eml")) {
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Fixtures.analyze(Fixtures.eml(source));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Report seed() {
        try {
            String source = java.nio.file.Files.readString(
                    Fixtures.sharedFile("samples/seed-tech-support-scam.eml"), StandardCharsets.UTF_8);
            return Fixtures.analyze(Fixtures.eml(source.replace("\r\n", "\n")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
