package io.scamcheck.ui;

import java.util.List;
import java.util.Optional;

/**
 * The window's command-line options: a file to check, {@code --example}, {@code --theme=high-contrast|normal},
 * {@code --text-size=PX}, {@code --page=already-paid} and {@code --lang CODE} (or {@code --lang=CODE}). Unknown options are ignored (with a note on the
 * error stream), so a typo never stops the window from opening.
 */
public record StartOptions(Optional<String> file, boolean example, Optional<Boolean> highContrast,
                           Optional<Integer> textSize, boolean alreadyPaidPage, Optional<String> lang) {

    public static StartOptions parse(List<String> args) {
        String file = null;
        boolean example = false;
        Boolean contrast = null;
        Integer size = null;
        boolean paid = false;
        String lang = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang") && i + 1 < args.size()) {
                lang = args.get(++i);
            } else if (a.startsWith("--lang=")) {
                lang = a.substring("--lang=".length());
            } else if (a.equals("--example")) {
                example = true;
            } else if (a.startsWith("--theme=")) {
                String v = a.substring("--theme=".length());
                if (v.equals("high-contrast")) {
                    contrast = true;
                } else if (v.equals("normal")) {
                    contrast = false;
                } else {
                    ignored(a);
                }
            } else if (a.startsWith("--text-size=")) {
                try {
                    size = Integer.parseInt(a.substring("--text-size=".length()).trim());
                } catch (NumberFormatException e) {
                    ignored(a);
                }
            } else if (a.equals("--page=already-paid")) {
                paid = true;
            } else if (a.startsWith("--")) {
                ignored(a);
            } else if (file == null) {
                file = a;
            }
        }
        return new StartOptions(Optional.ofNullable(file), example, Optional.ofNullable(contrast),
                Optional.ofNullable(size), paid, Optional.ofNullable(lang));
    }

    private static void ignored(String option) {
        System.err.println("scamcheck: ignored the option " + option);
    }
}
