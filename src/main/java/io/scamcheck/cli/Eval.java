package io.scamcheck.cli;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.detect.Report;
import io.scamcheck.intake.Intake;
import io.scamcheck.intake.IntakeException;
import io.scamcheck.verdict.Verdict;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code eval CORPUS_DIR}: runs every message named in CORPUS_DIR/labels.tsv and prints, per label and
 * language, how many got each verdict, and per kind how often it fired on each label.
 */
final class Eval {
    private Eval() {
    }

    record Row(String path, String label, String family, String lang) {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("scamcheck: eval needs one CORPUS_DIR (a folder with labels.tsv)");
            return Cli.USAGE;
        }
        Path dir = Path.of(args.get(0));
        List<Row> rows;
        try {
            rows = labels(dir.resolve("labels.tsv"));
        } catch (IOException e) {
            err.println("scamcheck: cannot read " + dir.resolve("labels.tsv") + ": " + e.getMessage());
            return Cli.UNREADABLE;
        }
        Analyzer analyzer = Analyzer.standard();
        Map<String, int[]> byGroup = new TreeMap<>();
        Map<String, Map<Kind, Integer>> kindsByLabel = new TreeMap<>();
        Map<String, Integer> labelTotals = new TreeMap<>();
        int errors = 0;
        long t0 = System.nanoTime();
        for (Row r : rows) {
            Verdict v;
            try {
                Report report = analyzer.analyze(Intake.fromFile(dir.resolve(r.path())));
                v = report.verdict().verdict();
                Map<Kind, Integer> kinds = kindsByLabel.computeIfAbsent(r.label(), k -> new EnumMap<>(Kind.class));
                report.findings().stream().map(Finding::kind).distinct().forEach(k -> kinds.merge(k, 1, Integer::sum));
            } catch (IntakeException e) {
                errors++;
                v = null;
            }
            labelTotals.merge(r.label(), 1, Integer::sum);
            for (String g : List.of(r.label() + "\tall", r.label() + "\t" + r.lang())) {
                int[] c = byGroup.computeIfAbsent(g, k -> new int[4]);
                c[v == null ? 3 : v.ordinal()]++;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf("%-10s %-6s %7s %12s %11s %15s %7s%n", "label", "lang", "total", "likely-scam", "suspicious",
                "no-signs-found", "error");
        for (Map.Entry<String, int[]> e : byGroup.entrySet()) {
            String[] g = e.getKey().split("\t");
            int[] c = e.getValue();
            int total = c[0] + c[1] + c[2] + c[3];
            out.printf("%-10s %-6s %7d %12s %11s %15s %7d%n", g[0], g[1], total, pct(c[0], total), pct(c[1], total),
                    pct(c[2], total), c[3]);
        }
        out.println();
        out.printf("%-26s", "kind fired on");
        for (String label : labelTotals.keySet()) {
            out.printf(" %12s", label);
        }
        out.println();
        for (Kind k : Kind.values()) {
            out.printf("%-26s", k.id());
            for (String label : labelTotals.keySet()) {
                int n = kindsByLabel.getOrDefault(label, Map.of()).getOrDefault(k, 0);
                out.printf(" %12s", pct(n, labelTotals.get(label)));
            }
            out.println();
        }
        out.printf("%nmessages: %d, unreadable: %d, time: %.1f s%n", rows.size(), errors, seconds);
        return Cli.OK;
    }

    private static String pct(int n, int total) {
        return total == 0 ? "-" : String.format("%d (%.1f%%)", n, 100.0 * n / total);
    }

    static List<Row> labels(Path tsv) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (c.length < 4 || c[0].equals("path")) {
                continue;
            }
            rows.add(new Row(c[0], c[1], c[2], c[3]));
        }
        return rows;
    }
}
