package io.scamcheck.privacy;

import io.scamcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Nothing leaves the computer, proven: the built command line runs over the sample scams and the corpus
 * under strace, and the test fails if the process (or any thread or child) connects or sends to an internet
 * address. The JVM's network library probes once whether IPv4 and IPv6 exist by creating a socket it never
 * connects; that probe is not traffic and is allowed. Skipped when strace is not installed.
 */
class NoNetworkIT {
    private static final Pattern INTERNET_TRAFFIC = Pattern.compile(
            "(connect|sendto|sendmsg|bind)\\([^)]*(AF_INET|AF_INET6|sin_port|sin6_port)");

    @Test
    void theCommandLineOpensNoInternetConnection() throws Exception {
        Path jar = Path.of(System.getProperty("scamcheck.jar", "target/scamcheck.jar"));
        assumeTrue(Files.exists(jar), "the jar is built by mvn package");
        assumeTrue(onPath("strace"), "strace is not installed");
        List<String> inputs = new ArrayList<>();
        Fixtures.shared().ifPresent(shared -> {
            addFiles(shared.resolve("samples"), inputs);
            addFiles(shared.resolve("corpus"), inputs);
        });
        assumeTrue(!inputs.isEmpty(), "../shared is absent");
        Path trace = Files.createTempFile("scamcheck-strace", ".txt");
        try {
            List<String> cmd = new ArrayList<>(List.of("strace", "-f", "-qq", "-e",
                    "trace=connect,sendto,sendmsg,bind", "-o", trace.toString(),
                    javaExe(), "-jar", jar.toString(), "check", "--json"));
            cmd.addAll(inputs);
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the run finishes").isTrue();
            assertThat(p.exitValue()).as("exit status").isIn(0, 2);
            List<String> traffic = Files.readAllLines(trace).stream()
                    .filter(l -> INTERNET_TRAFFIC.matcher(l).find()).toList();
            assertThat(traffic).as("internet traffic seen by strace over %d inputs", inputs.size()).isEmpty();
        } finally {
            Files.deleteIfExists(trace);
        }
    }

    @Test
    void theWindowPathOpensNoInternetConnection(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // The window's view model, driven with no screen, over HTML full of remote resources (pasted and as
        // .eml and .html files) and the sample messages: the same strace watch as for the command line.
        assumeTrue(onPath("strace"), "strace is not installed");
        List<String> inputs = new ArrayList<>();
        inputs.add(Files.writeString(dir.resolve("remote.eml"), RemoteHtml.message()).toString());
        inputs.add(Files.writeString(dir.resolve("remote.html"), RemoteHtml.page()).toString());
        Fixtures.shared().ifPresent(shared -> addFiles(shared.resolve("samples"), inputs));
        Path trace = Files.createTempFile("scamcheck-strace", ".txt");
        Path out = Files.createTempFile("scamcheck-window", ".txt");
        try {
            List<String> cmd = new ArrayList<>(List.of("strace", "-f", "-qq", "-e",
                    "trace=connect,sendto,sendmsg,bind", "-o", trace.toString(),
                    javaExe(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    WindowPathProbe.class.getName()));
            cmd.addAll(inputs);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the run finishes").isTrue();
            String printed = Files.readString(out);
            assertThat(printed).as("the view model showed the pasted HTML").contains("pasted HTML: RESULT");
            assertThat(printed).contains(inputs.get(0) + ": RESULT", inputs.get(1) + ": RESULT");
            List<String> traffic = Files.readAllLines(trace).stream()
                    .filter(l -> INTERNET_TRAFFIC.matcher(l).find()).toList();
            assertThat(traffic).as("internet traffic seen by strace over the window path").isEmpty();
        } finally {
            Files.deleteIfExists(trace);
            Files.deleteIfExists(out);
        }
    }

    @Test
    void theTraceCatchesAConnection() throws Exception {
        // A check that could never fail proves nothing: the same pattern must see a real connection attempt.
        assumeTrue(onPath("strace"), "strace is not installed");
        Path trace = Files.createTempFile("scamcheck-strace", ".txt");
        try {
            Process p = new ProcessBuilder("strace", "-f", "-qq", "-e", "trace=connect", "-o", trace.toString(),
                    "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/9 || true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(30, TimeUnit.SECONDS);
            assertThat(Files.readAllLines(trace)).anyMatch(l -> INTERNET_TRAFFIC.matcher(l).find());
        } finally {
            Files.deleteIfExists(trace);
        }
    }

    private static void addFiles(Path dir, List<String> out) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".tsv"))
                    .filter(f -> !f.getFileName().toString().equals("README.md"))
                    .sorted().forEach(f -> out.add(f.toString()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String javaExe() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
