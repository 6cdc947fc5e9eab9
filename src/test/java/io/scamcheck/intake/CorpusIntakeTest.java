package io.scamcheck.intake;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.detect.Report;
import io.scamcheck.model.Email;
import io.scamcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message of ../shared/corpus through intake and analysis, each within the time per message. Fails on
 * any exception that is not a named intake error and on any message slower than its limit; prints how many
 * were read, the errors by id and the slowest. Skipped when the corpus is absent.
 */
class CorpusIntakeTest {
    @Test
    void everyCorpusMessageIsReadAndAnalysedWithinItsLimit() throws IOException {
        Path corpus = Fixtures.sharedFile("corpus");
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("labels.tsv")
                            && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        Analyzer analyzer = Analyzer.standard();
        Map<String, Integer> errors = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int read = 0;
        int forwarded = 0;
        int hidden = 0;
        int noted = 0;
        List<Map.Entry<Long, String>> times = new ArrayList<>();
        for (Path f : files) {
            long t0 = System.nanoTime();
            try {
                Report r = TimeLimit.run(() -> analyzer.analyze(Intake.fromFile(f)));
                Email e = r.email();
                IntakeGoldenTest.assertInvariants(e);
                read++;
                forwarded += e.forwardedOriginal() ? 1 : 0;
                hidden += e.hiddenTexts().isEmpty() ? 0 : 1;
                noted += e.notes().isEmpty() ? 0 : 1;
            } catch (IntakeException e) {
                errors.merge(e.error().id(), 1, Integer::sum);
                if (e.error() == IntakeError.TOO_SLOW) {
                    failures.add(corpus.relativize(f) + ": too slow");
                }
            } catch (RuntimeException | Error e) {
                failures.add(corpus.relativize(f) + ": " + e);
            }
            times.add(Map.entry((System.nanoTime() - t0) / 1_000_000, corpus.relativize(f).toString()));
        }
        times.sort(Map.Entry.<Long, String>comparingByKey().reversed());
        System.out.printf("corpus: %d files, %d read, errors %s, forwarded originals %d, with hidden text %d,"
                + " with notes %d, slowest %s%n", files.size(), read, errors, forwarded, hidden, noted,
                times.subList(0, Math.min(5, times.size())));
        assertThat(failures).isEmpty();
    }
}
