package io.scamcheck.privacy;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.i18n.Messages;
import io.scamcheck.ui.MainViewModel;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Drives the window's view model with no screen, as the window does when HTML is pasted and files are opened:
 * the remote-resource page from {@link RemoteHtml}, then each file named. Run under strace by
 * {@link NoNetworkIT}. Prints one line per input; exit status 1 if any input gave no result.
 */
public final class WindowPathProbe {
    private WindowPathProbe() {
    }

    public static void main(String[] args) {
        Messages m = Messages.english();
        MainViewModel vm = new MainViewModel(Analyzer.standard(), m::format, Runnable::run, Runnable::run,
                Duration.ofSeconds(10));
        int failed = 0;
        vm.checkHtml(RemoteHtml.page(), "");
        failed += report("pasted HTML", vm);
        for (String a : args) {
            vm.openFile(Path.of(a));
            failed += report(a, vm);
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    private static int report(String what, MainViewModel vm) {
        boolean shown = vm.getScreen() != MainViewModel.Screen.EMPTY && vm.getError().isEmpty();
        System.out.println(what + ": " + (shown ? vm.getScreen() : "error " + vm.getError()));
        return shown ? 0 : 1;
    }
}
