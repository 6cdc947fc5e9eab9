package io.scamcheck.ui;

/** Opens the window. Kept apart from the Application class so that the fat jar starts on the classpath. */
public final class Launcher {
    private Launcher() {
    }

    public static void open(String[] args) {
        javafx.application.Application.launch(ScamCheckApp.class, args);
    }
}
