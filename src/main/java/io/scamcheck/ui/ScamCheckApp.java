package io.scamcheck.ui;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.i18n.Messages;
import io.scamcheck.intake.TimeLimit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The window: one screen to paste or drop a message, then the verdict, the marked message and the cards.
 * Started with a file name, it checks that file at once. Options (for a helper, and for the screenshots):
 * {@code --example} checks the bundled example, {@code --theme=high-contrast} or {@code --theme=normal},
 * {@code --text-size=PX} (12 to 40), {@code --page=already-paid} opens the "already paid" page once the
 * answer is shown. Options last for this run only; the person's own saved choices are not changed.
 * {@code -Dscamcheck.settings=memory} keeps settings in memory only (nothing is read or saved).
 */
public final class ScamCheckApp extends Application {
    /** Longest a single check (reading and analysis) may take before the window says so and moves on. */
    public static final Duration CHECK_TIMEOUT = TimeLimit.PER_MESSAGE;

    private static final double WIDTH = 1200;
    private static final double HEIGHT = 860;
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private ExecutorService checks;

    @Override
    public void start(Stage stage) {
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        boolean remember = !"memory".equals(System.getProperty("scamcheck.settings"));
        Settings settings = remember ? Settings.preferences() : Settings.inMemory();
        LanguageChoice languages = new LanguageChoice(LanguageChoice.in(settings), options.lang().orElse(null));
        checks = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "scamcheck-check");
            t.setDaemon(true);
            return t;
        });
        MainViewModel vm = new MainViewModel(Analyzer::standard, t -> languages.messages().format(t), checks,
                Platform::runLater, CHECK_TIMEOUT, settings);
        Integer size = Integer.getInteger("scamcheck.fontSize");
        if (size != null) {
            vm.useTextSizeForNow(size);
        }
        options.textSize().ifPresent(vm::useTextSizeForNow);
        options.highContrast().ifPresent(vm::useHighContrastForNow);
        show(stage, vm, languages);
        // The detectors are made once the window is up, so making them does not hold back the first sight.
        Platform.runLater(() -> checks.execute(vm::prepare));
        if (options.alreadyPaidPage()) {
            // Once, when the first answer is shown (or at once, with nothing to check).
            vm.screenProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends MainViewModel.Screen> obs,
                                    MainViewModel.Screen was, MainViewModel.Screen now) {
                    if (now == MainViewModel.Screen.RESULT) {
                        obs.removeListener(this);
                        vm.showAlreadyPaid();
                    }
                }
            });
        }
        if (options.file().isPresent()) {
            vm.openFile(Path.of(options.file().get()));
        } else if (options.example()) {
            vm.tryExample();
        } else if (options.alreadyPaidPage()) {
            vm.showAlreadyPaid();
        }
    }

    @Override
    public void stop() {
        if (checks != null) {
            checks.shutdownNow();
        }
    }

    /**
     * Builds the window with a language choice in its header. Choosing another language builds the window
     * again in the new words around the same view-model, so the message, its findings, the chosen card, the
     * text size and any typed text stay. The view-model's wording must follow {@code languages.messages()}.
     */
    public static MainController show(Stage stage, MainViewModel vm, LanguageChoice languages) {
        MainController controller = show(stage, vm, languages.messages());
        controller.offerLanguages(languages);
        // Built again after the choice's own event is over, so the old list is closed before it goes.
        languages.onChange(chosen -> Platform.runLater(() -> {
            vm.reword();
            MainController again = show(stage, vm, languages.messages());
            again.offerLanguages(languages);
            again.languageBox().requestFocus();
        }));
        return controller;
    }

    /** Builds the window around a view-model and shows it. Tests use this with their own view-model. */
    public static MainController show(Stage stage, MainViewModel vm, Messages messages) {
        FXMLLoader loader = new FXMLLoader(ScamCheckApp.class.getResource("main.fxml"), messages.bundle());
        MainController controller = new MainController(vm, messages.bundle());
        loader.setControllerFactory(type -> controller);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(WIDTH, screen.getWidth());
        double h = Math.min(HEIGHT, screen.getHeight());
        boolean again = stage.getScene() != null;
        if (again) {
            // Built again (another language): keep the window's size.
            w = stage.getScene().getWidth();
            h = stage.getScene().getHeight();
        }
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().add(ScamCheckApp.class.getResource("scamcheck.css").toExternalForm());
        controller.installShortcuts(scene);
        stage.setTitle(messages.get("window.title"));
        for (int s : again ? new int[0] : ICON_SIZES) {
            try (InputStream in = ScamCheckApp.class.getResourceAsStream("icon-" + s + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (IOException e) {
                // A missing icon is not worth stopping for.
            }
        }
        stage.setMinWidth(Math.min(640, w));
        stage.setMinHeight(Math.min(480, h));
        stage.setScene(scene);
        stage.show();
        if (!again) {
            Platform.runLater(() -> controller.root().lookup("#pasteButton").requestFocus());
        }
        return controller;
    }
}
