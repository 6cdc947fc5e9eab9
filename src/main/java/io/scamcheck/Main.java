package io.scamcheck;

import io.scamcheck.cli.Cli;

/**
 * The program's entry point. It is a plain class, not the JavaFX Application, so that the fat jar starts on
 * the classpath and the command line never loads JavaFX.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.isCommandLine(args)) {
            System.exit(Cli.run(args, System.in, System.out, System.err));
        }
        io.scamcheck.ui.Launcher.open(args);
    }
}
