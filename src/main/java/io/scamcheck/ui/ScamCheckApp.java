package io.scamcheck.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The window (to be built out by the UI work). */
public final class ScamCheckApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Is this a scam?"), 800, 600));
        stage.show();
    }
}
