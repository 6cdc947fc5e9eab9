package io.scamcheck.cli;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.detect.Report;
import io.scamcheck.intake.Intake;
import io.scamcheck.intake.IntakeException;
import io.scamcheck.report.Json;
import io.scamcheck.verdict.Verdict;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code eval [--json] [--gate FILE] CORPUS_DIR}: runs every message named in CORPUS_DIR/labels.tsv (on every
 * core) and prints, per label, family and language, how many got each verdict; per kind, how often it fired
 * on each label; the slowest messages; the total time. With {@code --gate}, exits 3 when the figures miss the
 * targets in FILE (see eval-gate.properties).
 */
final class Eval {
    static final int GATE_FAILED = 3;

    private Eval() {
    }

    record Row(String path, String label, String family, String lang) {
    }

    record Outcome(Row row, Verdict verdict, String error, Set<Kind> kinds, long nanos) {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = false;
        Path gate = null;
        Path dir = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--gate") && i + 1 < args.size()) {
                gate = Path.of(args.get(++i));
            } else if (dir == null && !a.startsWith("--")) {
                dir = Path.of(a);
            } else {
                err.println("scamcheck: eval [--json] [--gate FILE] CORPUS_DIR");
                return Cli.USAGE;
            }
        }
        if (dir == null) {
            err.println("scamcheck: eval needs a CORPUS_DIR (a folder with labels.tsv)");
            return Cli.USAGE;
        }
        List<Row> rows;
        try {
            rows = labels(dir.resolve("labels.tsv"));
        } catch (IOException e) {
            err.println("scamcheck: cannot read " + dir.resolve("labels.tsv") + ": " + e.getMessage());
            return Cli.UNREADABLE;
        }
        long t0 = System.nanoTime();
        List<Outcome> outcomes = evaluate(dir, rows);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Summary s = new Summary(outcomes, seconds);
        out.println(json ? s.json() : s.table());
        if (gate != null) {
            List<String> misses;
            try {
                misses = s.gate(gate);
            } catch (IOException e) {
                err.println("scamcheck: cannot read " + gate + ": " + e.getMessage());
                return Cli.UNREADABLE;
            }
            if (!misses.isEmpty()) {
                misses.forEach(m -> err.println("eval gate: " + m));
                return GATE_FAILED;
            }
            err.println("eval gate: all targets met");
        }
        return Cli.OK;
    }

    static List<Outcome> evaluate(Path dir, List<Row> rows) {
        Analyzer analyzer = Analyzer.standard();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Row r : rows) {
                futures.add(pool.submit(() -> one(analyzer, dir, r)));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome one(Analyzer analyzer, Path dir, Row r) {
        long t = System.nanoTime();
        try {
            Report report = analyzer.analyze(Intake.fromFile(dir.resolve(r.path())));
            Set<Kind> kinds = EnumSet.noneOf(Kind.class);
            report.findings().stream().map(Finding::kind).forEach(kinds::add);
            return new Outcome(r, report.verdict().verdict(), null, kinds, System.nanoTime() - t);
        } catch (IntakeException e) {
            return new Outcome(r, null, e.error().id(), Set.of(), System.nanoTime() - t);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(r, null, "internal: " + e, Set.of(), System.nanoTime() - t);
        }
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

    /** Counts per group: [likely-scam, suspicious, no-signs-found, error]. */
    static final class Summary {
        private final List<Outcome> outcomes;
        private final double seconds;
        private final Map<String, int[]> groups = new LinkedHashMap<>();
        private final Map<String, Map<Kind, Integer>> kindsByLabel = new TreeMap<>();
        private final Map<String, Integer> labelTotals = new TreeMap<>();

        Summary(List<Outcome> outcomes, double seconds) {
            this.outcomes = outcomes;
            this.seconds = seconds;
            Map<String, int[]> sorted = new TreeMap<>();
            for (Outcome o : outcomes) {
                Row r = o.row();
                labelTotals.merge(r.label(), 1, Integer::sum);
                Map<Kind, Integer> kinds = kindsByLabel.computeIfAbsent(r.label(), k -> new TreeMap<>());
                o.kinds().forEach(k -> kinds.merge(k, 1, Integer::sum));
                for (String g : List.of(r.label() + "\tall\tall", r.label() + "\tlang\t" + r.lang(),
                        r.label() + "\tlang-half\t" + r.lang() + "/" + half(r.path()),
                        r.label() + "\tfamily\t" + r.family())) {
                    int[] c = sorted.computeIfAbsent(g, k -> new int[4]);
                    c[o.verdict() == null ? 3 : o.verdict().ordinal()]++;
                }
            }
            groups.putAll(sorted);
        }

        /**
         * "dev" when the file name's {@code String.hashCode()} is even, else "held-out": people tuning phrase data
         * read only the dev half, so the held-out half shows how the checker does on mail it has not seen.
         */
        static String half(String path) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            return name.hashCode() % 2 == 0 ? "dev" : "held-out";
        }

        int[] counts(String label, String by, String value) {
            return groups.getOrDefault(label + "\t" + by + "\t" + value, new int[4]);
        }

        String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("%-9s %-30s %6s %14s %14s %15s %6s%n", "label", "group", "total",
                    "likely-scam", "suspicious", "no-signs-found", "error"));
            for (Map.Entry<String, int[]> e : groups.entrySet()) {
                String[] g = e.getKey().split("\t");
                int[] c = e.getValue();
                int total = c[0] + c[1] + c[2] + c[3];
                String group = g[1].equals("all") ? "all" : g[1] + "=" + g[2];
                sb.append(String.format("%-9s %-30s %6d %14s %14s %15s %6d%n", g[0], group, total,
                        pct(c[0], total), pct(c[1], total), pct(c[2], total), c[3]));
            }
            sb.append(String.format("%n%-26s", "kind: fired on"));
            for (String label : labelTotals.keySet()) {
                sb.append(String.format(" %15s", label));
            }
            sb.append('\n');
            for (Kind k : Kind.values()) {
                sb.append(String.format("%-26s", k.id()));
                for (String label : labelTotals.keySet()) {
                    int n = kindsByLabel.getOrDefault(label, Map.of()).getOrDefault(k, 0);
                    sb.append(String.format(" %15s", pct(n, labelTotals.get(label))));
                }
                sb.append('\n');
            }
            sb.append("\nslowest messages:\n");
            for (Outcome o : slowest()) {
                sb.append(String.format("  %8.1f ms  %s%s%n", o.nanos() / 1e6, o.row().path(),
                        o.error() == null ? "" : "  (" + o.error() + ")"));
            }
            long errors = outcomes.stream().filter(o -> o.error() != null).count();
            sb.append(String.format("%nmessages: %d, unreadable: %d, time: %.1f s on %d cores%n", outcomes.size(),
                    errors, seconds, Runtime.getRuntime().availableProcessors()));
            return sb.toString();
        }

        private List<Outcome> slowest() {
            return outcomes.stream().sorted(Comparator.comparingLong(Outcome::nanos).reversed()).limit(5).toList();
        }

        String json() {
            Json j = new Json().beginObject();
            j.name("groups").beginArray();
            for (Map.Entry<String, int[]> e : groups.entrySet()) {
                String[] g = e.getKey().split("\t");
                int[] c = e.getValue();
                j.beginObject().field("label", g[0]).field("by", g[1]).field("value", g[2])
                        .field("total", c[0] + c[1] + c[2] + c[3])
                        .field("likely-scam", c[0]).field("suspicious", c[1]).field("no-signs-found", c[2])
                        .field("error", c[3]).endObject();
            }
            j.endArray();
            j.name("kinds").beginObject();
            for (Kind k : Kind.values()) {
                j.name(k.id()).beginObject();
                for (String label : labelTotals.keySet()) {
                    j.field(label, kindsByLabel.getOrDefault(label, Map.of()).getOrDefault(k, 0));
                }
                j.endObject();
            }
            j.endObject();
            j.name("slowest").beginArray();
            for (Outcome o : slowest()) {
                j.beginObject().field("path", o.row().path()).name("ms").value(o.nanos() / 1e6).endObject();
            }
            j.endArray();
            j.field("messages", outcomes.size()).name("seconds").value(seconds);
            return j.endObject().toString();
        }

        /**
         * Checks the targets in a properties file: {@code ham.likely-scam.max} and {@code ham.suspicious.max}
         * (shares of ham), and {@code unwanted.<lang>.flagged.min} (share of that language's honeypot mail that
         * is suspicious or likely-scam). Returns the targets missed, in words.
         */
        List<String> gate(Path file) throws IOException {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
            List<String> misses = new ArrayList<>();
            int[] ham = counts("ham", "all", "all");
            int hamTotal = ham[0] + ham[1] + ham[2] + ham[3];
            check(misses, "ham likely-scam", share(ham[0], hamTotal), p.getProperty("ham.likely-scam.max"), false);
            check(misses, "ham suspicious", share(ham[1], hamTotal), p.getProperty("ham.suspicious.max"), false);
            for (String key : new TreeMap<>(p).keySet().stream().map(Object::toString).toList()) {
                if (key.startsWith("unwanted.") && key.endsWith(".flagged.min")) {
                    String lang = key.substring("unwanted.".length(), key.length() - ".flagged.min".length());
                    int[] c = counts("unwanted", "lang", lang);
                    int total = c[0] + c[1] + c[2] + c[3];
                    check(misses, "unwanted " + lang + " flagged", share(c[0] + c[1], total), p.getProperty(key),
                            true);
                }
            }
            return misses;
        }

        private static double share(int n, int total) {
            return total == 0 ? 0 : (double) n / total;
        }

        private static void check(List<String> misses, String what, double value, String limit, boolean atLeast) {
            if (limit == null) {
                return;
            }
            double l = Double.parseDouble(limit.strip());
            boolean ok = atLeast ? value >= l : value <= l;
            System.err.printf("eval gate: %-28s %6.2f%% (%s %.2f%%)%s%n", what, 100 * value,
                    atLeast ? "at least" : "at most", 100 * l, ok ? "" : "  MISSED");
            if (!ok) {
                misses.add(String.format("%s is %.2f%%, target %s %.2f%%", what, 100 * value,
                        atLeast ? "at least" : "at most", 100 * l));
            }
        }
    }

    private static String pct(int n, int total) {
        return total == 0 ? "-" : String.format("%d (%.1f%%)", n, 100.0 * n / total);
    }
}
