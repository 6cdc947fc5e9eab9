package io.scamcheck.bench;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.intake.Intake;
import io.scamcheck.model.Email;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The benchmarks' messages timed by the CPU time of the thread that does the work, not by the clock: on a
 * machine that other work keeps busy, the clock also counts the time spent waiting for a core, the thread's
 * CPU time does not. Prints, per case, the median and the 90th percentile of REPS runs after as many warm-up
 * runs, in ms.
 *
 * <pre>java -cp target/test-classes:target/classes:DEPENDENCIES io.scamcheck.bench.CpuTimes [REPS]</pre>
 */
public final class CpuTimes {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private CpuTimes() {
    }

    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Analyzer analyzer = Analyzer.standard();
        Path seedFile = Path.of(System.getProperty("shared.dir", "../shared"), "samples/seed-tech-support-scam.eml");
        byte[] seed = Files.exists(seedFile) ? Files.readAllBytes(seedFile) : AnalysisBenchmark.Messages.seedLike();
        Email seedEmail = Intake.fromBytes(seed, "seed.eml");
        byte[] html = AnalysisBenchmark.Messages.htmlNewsletter(1 << 20);
        byte[] attachment = AnalysisBenchmark.Messages.withAttachment(20 << 20);
        time("seedAnalysis", reps * 20, () -> analyzer.analyze(seedEmail));
        time("seedIntake", reps * 20, () -> Intake.fromBytes(seed, "seed.eml"));
        time("seedIntakeAndAnalysis", reps * 20, () -> analyzer.analyze(Intake.fromBytes(seed, "seed.eml")));
        time("htmlNewsletter1MB", reps, () -> analyzer.analyze(Intake.fromBytes(html, "newsletter.eml")));
        time("htmlNewsletter1MB intake only", reps, () -> Intake.fromBytes(html, "newsletter.eml"));
        time("attachment20MB", Math.max(5, reps / 5), () -> analyzer.analyze(Intake.fromBytes(attachment, "a.eml")));
    }

    private static void time(String name, int reps, Work work) throws Exception {
        for (int i = 0; i < reps; i++) {
            work.run();
        }
        long[] t = new long[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            work.run();
            t[i] = CPU.getCurrentThreadCpuTime() - t0;
        }
        Arrays.sort(t);
        System.out.printf("%-32s median %9.3f ms   90th percentile %9.3f ms   (%d runs, thread CPU time)%n", name,
                t[reps / 2] / 1e6, t[Math.min(reps - 1, reps * 9 / 10)] / 1e6, reps);
    }
}
