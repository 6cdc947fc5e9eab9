package io.scamcheck.bench;

import io.scamcheck.detect.Analysis;
import io.scamcheck.detect.Detector;
import io.scamcheck.detect.DetectorRegistry;
import io.scamcheck.intake.Intake;
import io.scamcheck.knowledge.Knowledge;
import io.scamcheck.model.Email;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The 1 MB HTML newsletter's analysis split by detector: the thread's CPU time each detector takes, in the
 * order the analyser runs them, on one shared {@link Analysis} per call (so a phrase list that several
 * detectors share is counted where it first runs). Prints the median per detector over REPS calls, largest
 * first.
 *
 * <pre>java -cp target/test-classes:target/classes:DEPENDENCIES io.scamcheck.bench.DetectorTimes [REPS]</pre>
 */
public final class DetectorTimes {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private DetectorTimes() {
    }

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<Detector> detectors = DetectorRegistry.all();
        Knowledge knowledge = Knowledge.standard();
        Email email = Intake.fromBytes(AnalysisBenchmark.Messages.htmlNewsletter(1 << 20), "newsletter.eml");
        long[][] t = new long[detectors.size()][reps];
        for (int r = -reps; r < reps; r++) {
            Analysis analysis = new Analysis(email, knowledge);
            for (int d = 0; d < detectors.size(); d++) {
                long t0 = CPU.getCurrentThreadCpuTime();
                detectors.get(d).detect(analysis);
                if (r >= 0) {
                    t[d][r] = CPU.getCurrentThreadCpuTime() - t0;
                }
            }
        }
        List<long[]> rows = new ArrayList<>();
        long total = 0;
        for (int d = 0; d < detectors.size(); d++) {
            long[] s = t[d].clone();
            java.util.Arrays.sort(s);
            rows.add(new long[] {s[reps / 2], d});
            total += s[reps / 2];
        }
        rows.sort((a, b) -> Long.compare(b[0], a[0]));
        System.out.printf("visible text: %,d characters; sum of medians %.1f ms%n", email.text().length(), total / 1e6);
        for (long[] row : rows) {
            System.out.printf("%8.2f ms  %s%n", row[0] / 1e6, detectors.get((int) row[1]).name());
        }
        // each English phrase file alone over the body
        java.io.File dir = new java.io.File("src/main/resources/io/scamcheck/knowledge/phrases");
        String[] files = dir.list((d, n) -> n.endsWith(".en.txt"));
        if (files == null) {
            return;
        }
        List<Object[]> lists = new ArrayList<>();
        for (String f : files) {
            String topic = f.substring(0, f.length() - ".en.txt".length());
            io.scamcheck.knowledge.PhraseList list = io.scamcheck.knowledge.PhraseList.load(topic, "en");
            long[] s = new long[reps];
            for (int r = -reps; r < reps; r++) {
                long t0 = CPU.getCurrentThreadCpuTime();
                list.find(email.text(), email.bodyStart(), email.text().length());
                if (r >= 0) {
                    s[r] = CPU.getCurrentThreadCpuTime() - t0;
                }
            }
            java.util.Arrays.sort(s);
            lists.add(new Object[] {s[reps / 2], topic});
        }
        lists.sort((a, b) -> Long.compare((Long) b[0], (Long) a[0]));
        System.out.println("English phrase files, each alone over the body:");
        for (Object[] row : lists) {
            System.out.printf("%8.2f ms  %s%n", (Long) row[0] / 1e6, row[1]);
        }
    }
}
