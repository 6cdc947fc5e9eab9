package io.scamcheck.cli;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Report;
import io.scamcheck.i18n.Messages;
import io.scamcheck.i18n.Text;
import io.scamcheck.intake.Intake;
import io.scamcheck.intake.IntakeException;
import io.scamcheck.intake.Mailbox;
import io.scamcheck.intake.TimeLimit;
import io.scamcheck.model.Email;
import io.scamcheck.report.JsonReport;
import io.scamcheck.report.ReportFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line: {@code check [--json] FILE...} and {@code eval CORPUS_DIR}. Runs with no display and
 * never loads JavaFX. Exit status: 0 when every input was read, 2 when any could not be, 1 for bad usage.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int UNREADABLE = 2;

    private Cli() {
    }

    public static boolean isCommand(String arg) {
        return arg.equals("check") || arg.equals("eval") || arg.equals("--help") || arg.equals("-h")
                || arg.equals("help");
    }

    /** Whether the arguments ask for the command line (a command, maybe after {@code --lang CODE}). */
    public static boolean isCommandLine(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                i++;
            } else if (!args[i].startsWith("--lang=")) {
                return isCommand(args[i]);
            }
        }
        return false;
    }

    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        PrintStream utf8Out = new PrintStream(out, true, StandardCharsets.UTF_8);
        // The reader's language: --lang CODE (anywhere), else the system's, else English.
        Locale language = Messages.supported(Locale.getDefault());
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String code = null;
            if (a.equals("--lang")) {
                if (i + 1 >= args.length) {
                    err.println("scamcheck: --lang needs a language code: " + codes());
                    return USAGE;
                }
                code = args[++i];
            } else if (a.startsWith("--lang=")) {
                code = a.substring("--lang=".length());
            } else {
                rest.add(a);
                continue;
            }
            Optional<Locale> chosen = Messages.language(code);
            if (chosen.isEmpty()) {
                err.println("scamcheck: unknown language " + code + "; choose one of: " + codes());
                return USAGE;
            }
            language = chosen.get();
        }
        args = rest.toArray(String[]::new);
        Messages messages = Messages.forLocale(language);
        if (args.length == 0 || !isCommand(args[0]) || args[0].startsWith("-h") || args[0].equals("--help")
                || args[0].equals("help")) {
            usage(args.length == 0 || !isCommand(args[0]) ? err : utf8Out);
            return args.length > 0 && isCommand(args[0]) ? OK : USAGE;
        }
        if (args[0].equals("eval")) {
            return Eval.run(List.of(args).subList(1, args.length), utf8Out, err);
        }
        boolean json = false;
        Path reportFile = null;
        // A progress line on a long mailbox: shown on a terminal, or when asked for.
        boolean progress = System.console() != null;
        List<String> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--report") || a.startsWith("--report=")) {
                String name = a.equals("--report") ? (i + 1 < args.length ? args[++i] : "") : a.substring(9);
                reportFile = Path.of(name.isEmpty() ? "." : name);
                if (name.isEmpty() || ReportFiles.typeOf(reportFile).isEmpty()) {
                    err.println("scamcheck: " + messages.get("report.cli.type"));
                    return USAGE;
                }
            } else if (a.equals("--progress")) {
                progress = true;
            } else if (a.equals("--no-progress")) {
                progress = false;
            } else if (a.startsWith("--") && !a.equals("-")) {
                err.println("scamcheck: unknown option " + a);
                usage(err);
                return USAGE;
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            err.println("scamcheck: check needs at least one FILE (or - for standard input)");
            usage(err);
            return USAGE;
        }
        // The detectors load their knowledge on another core while the first message is read.
        java.util.concurrent.CompletableFuture<Analyzer> making =
                java.util.concurrent.CompletableFuture.supplyAsync(Analyzer::standard);
        java.util.function.Supplier<Analyzer> analyzer = making::join;
        if (reportFile != null) {
            if (files.size() != 1 || (!files.get(0).equals("-") && Intake.isMailbox(Path.of(files.get(0))))) {
                err.println("scamcheck: " + messages.get("report.cli.one"));
                return USAGE;
            }
            return report(files.get(0), reportFile, stdin, analyzer, json, messages, utf8Out, err);
        }
        boolean failed = false;
        for (String file : files) {
            if (!file.equals("-") && Intake.isMailbox(Path.of(file))) {
                // An mbox file: one result per message, named FILE#N.
                Mailbox box;
                try {
                    box = Intake.mailbox(Path.of(file));
                } catch (IntakeException e) {
                    failed = true;
                    utf8Out.println(error(file, e, json, messages));
                    continue;
                }
                failed |= !checkAll(file, box, progress, analyzer, json, messages, utf8Out, err);
                continue;
            }
            Read read;
            try {
                if (file.equals("-")) {
                    // Standard input is read first; an mbox there is checked message by message too.
                    byte[] data = Intake.readInput(stdin, "-");
                    Mailbox box = Intake.mailboxIn(data);
                    if (box != null && box.size() > 1) {
                        failed |= !checkAll(file, box, progress, analyzer, json, messages, utf8Out, err);
                        continue;
                    }
                    read = () -> Intake.fromBytes(data, "-");
                } else {
                    read = reader(file, stdin);
                }
            } catch (IntakeException e) {
                failed = true;
                utf8Out.println(error(file, e, json, messages));
                continue;
            }
            failed |= !check(file, read, analyzer, json, messages, utf8Out);
        }
        utf8Out.flush();
        return failed ? UNREADABLE : OK;
    }

    /**
     * Checks every message of a mailbox, one at a time: each result, named FILE#N, is printed as soon as it
     * is known, and none is kept. Returns whether every message could be read.
     */
    private static boolean checkAll(String file, Mailbox box, boolean progress,
                                    java.util.function.Supplier<Analyzer> analyzer, boolean json,
                                    Messages messages, PrintStream out, PrintStream err) {
        boolean all = true;
        Progress shown = progress && box.size() > 1 ? new Progress(err, messages, box.size(), System.console() != null) : null;
        for (int n = 1; n <= box.size(); n++) {
            int number = n;
            String label = box.size() == 1 ? file : file + "#" + number;
            if (shown != null) {
                shown.clear();
            }
            all &= check(label, () -> box.message(number), analyzer, json, messages, out);
            if (shown != null) {
                shown.checked(number);
            }
        }
        if (shown != null) {
            shown.done();
        }
        return all;
    }

    /**
     * {@code check --report FILE.html|FILE.pdf MESSAGE}: checks one message, prints its result as usual and
     * saves the report, replacing any file of that name.
     */
    private static int report(String file, Path reportFile, InputStream stdin,
                              java.util.function.Supplier<Analyzer> analyzer, boolean json, Messages messages,
                              PrintStream out, PrintStream err) {
        Read read;
        try {
            read = reader(file, stdin);
        } catch (IntakeException e) {
            out.println(error(file, e, json, messages));
            return UNREADABLE;
        }
        Report report = checked(file, read, analyzer, json, messages, out);
        if (report == null) {
            return UNREADABLE;
        }
        try {
            ReportFiles.write(reportFile, report, messages, ZonedDateTime.now());
        } catch (IOException | RuntimeException e) {
            err.println("scamcheck: " + messages.get("report.cli.failed", String.valueOf(e.getMessage())));
            return UNREADABLE;
        }
        err.println(messages.get("report.cli.saved", reportFile.toAbsolutePath()));
        return OK;
    }

    /**
     * How to read a FILE argument. Standard input ("-") is read here, first, so a slow pipe does not count
     * against the time per message; a file is read within it.
     */
    private static Read reader(String file, InputStream stdin) throws IntakeException {
        if (file.equals("-")) {
            byte[] data = Intake.readInput(stdin, "-");
            return () -> Intake.fromBytes(data, "-");
        }
        return () -> Intake.fromFile(Path.of(file));
    }

    /** Reads one message. */
    private interface Read {
        Email read() throws IntakeException;
    }

    /**
     * Reads and analyses one message within the time per message and prints its result or its error.
     * Returns whether it could be read.
     */
    private static boolean check(String label, Read read, java.util.function.Supplier<Analyzer> analyzer,
                                 boolean json, Messages messages,
                                 PrintStream out) {
        return checked(label, read, analyzer, json, messages, out) != null;
    }

    /** As {@link #check}, giving the report, or null when the message could not be read or checked. */
    private static Report checked(String label, Read read, java.util.function.Supplier<Analyzer> analyzer,
                                  boolean json, Messages messages, PrintStream out) {
        try {
            Report report = TimeLimit.run(() -> {
                Email email = read.read();
                return analyzer.get().analyze(email);
            });
            out.println(json ? JsonReport.of(label, report, messages) : plain(label, report, messages));
            return report;
        } catch (IntakeException e) {
            out.println(error(label, e, json, messages));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String msg = messages.get("error.internal");
            out.println(json ? new io.scamcheck.report.Json().beginObject().field("file", label)
                    .field("error", msg).field("code", "internal").field("detail", String.valueOf(e))
                    .endObject() : label + ": " + msg);
        }
        return null;
    }

    private static String error(String label, IntakeException e, boolean json, Messages messages) {
        return json ? JsonReport.error(label, e, messages) : label + ": " + messages.get(e.error().messageKey());
    }

    private static String plain(String file, Report report, Messages m) {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": ").append(report.verdict().verdict().id()).append(" - ")
                .append(m.format(report.verdict().headline())).append('\n');
        if (!report.verdict().reasons().isEmpty()) {
            List<String> why = new ArrayList<>();
            for (Finding f : report.verdict().reasons()) {
                why.add(m.format(f.title()));
            }
            sb.append("  ").append(m.format(Text.of("cli.why", String.join("; ", why)))).append('\n');
        }
        String text = report.email().text();
        for (Finding f : report.findings()) {
            sb.append("  [").append(f.severity().id()).append("] ").append(f.kind().id()).append(": ")
                    .append(m.format(f.title()));
            if (!f.spans().isEmpty()) {
                sb.append("  \"").append(f.spans().get(0).textOf(text).replace('\n', ' ')).append('"');
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /**
     * "Checked 1,200 of 5,000 messages" on standard error, rewritten in place at most a few times a second,
     * so a long mailbox shows it is moving. Results go to standard output, one line each, as they are known.
     */
    static final class Progress {
        private static final long EVERY_NANOS = 200_000_000L;
        private final PrintStream err;
        private final Messages messages;
        private final int total;
        /** Results go to the same screen: the line is taken off before each one and put back after. */
        private final boolean sameScreen;
        private long last = System.nanoTime() - EVERY_NANOS;
        private int width;

        Progress(PrintStream err, Messages messages, int total, boolean sameScreen) {
            this.sameScreen = sameScreen;
            this.err = err;
            this.messages = messages;
            this.total = total;
        }

        /** Takes the line off the screen before a result is printed under it. */
        void clear() {
            if (sameScreen && width > 0) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
                width = 0;
            }
        }

        void checked(int done) {
            long now = System.nanoTime();
            if (!sameScreen && now - last < EVERY_NANOS && done < total) {
                return;
            }
            last = now;
            String line = messages.get("cli.progress", done, total);
            err.print("\r" + line);
            err.flush();
            width = line.length();
        }

        void done() {
            if (width > 0) {
                err.println();
                err.flush();
                width = 0;
            }
        }
    }

    private static String codes() {
        return String.join(", ", Messages.LANGUAGES.stream().map(Locale::getLanguage).toList());
    }

    private static void usage(PrintStream p) {
        p.println("Usage:");
        p.println("  java -jar scamcheck.jar                       open the window");
        p.println("  java -jar scamcheck.jar FILE                  open the window showing FILE");
        p.println("  java -jar scamcheck.jar check [--json] FILE... check messages; '-' reads standard input");
        p.println("  java -jar scamcheck.jar check --report REPORT.html|REPORT.pdf FILE");
        p.println("                                                check one message and save a report (replaces REPORT)");
        p.println("        --progress / --no-progress             show how far a mailbox check has got (on a terminal: shown)");
        p.println("  java -jar scamcheck.jar eval CORPUS_DIR        measure on a labelled corpus (labels.tsv)");
        p.println("Options:");
        p.println("  --lang CODE   the language of the words: " + codes()
                + " (default: the system's language, else en)");
    }
}
