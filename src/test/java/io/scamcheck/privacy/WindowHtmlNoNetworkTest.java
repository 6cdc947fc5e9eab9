package io.scamcheck.privacy;

import io.scamcheck.detect.Analyzer;
import io.scamcheck.i18n.Messages;
import io.scamcheck.ui.MainViewModel;
import io.scamcheck.ui.ResultModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The window's path for HTML mail goes to no network: HTML full of remote pictures, style sheets, fonts,
 * frames and hints is pasted and opened through the window's view model (driven here without a screen),
 * while every way Java opens a connection is watched. Web addresses (http, https, ftp) get a handler that
 * notes and refuses any connection; sockets, and HTTP clients, ask the proxy selector before they connect,
 * and it notes every question. The strace run in {@link NoNetworkIT} covers what this cannot see (name
 * look-ups, raw channels).
 */
class WindowHtmlNoNetworkTest {
    /** Every connection attempt seen, by address. */
    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();
    private static boolean handlersInstalled;

    private ProxySelector previous;

    @BeforeEach
    void watch() {
        synchronized (WindowHtmlNoNetworkTest.class) {
            if (!handlersInstalled) {
                // Can be set once per JVM: web addresses made from now on get a handler that refuses to connect.
                URL.setURLStreamHandlerFactory(protocol -> switch (protocol.toLowerCase(Locale.ROOT)) {
                    case "http", "https", "ftp" -> new URLStreamHandler() {
                        @Override
                        protected URLConnection openConnection(URL u) throws IOException {
                            ATTEMPTS.add("url " + u);
                            throw new IOException("no network in this test: " + u);
                        }

                        @Override
                        protected URLConnection openConnection(URL u, Proxy p) throws IOException {
                            return openConnection(u);
                        }
                    };
                    default -> null;
                });
                handlersInstalled = true;
            }
        }
        ATTEMPTS.clear();
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                ATTEMPTS.add("connect " + uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
    }

    @AfterEach
    void restore() {
        ProxySelector.setDefault(previous);
    }

    private static MainViewModel viewModel() {
        Messages m = Messages.english();
        // Both executors run the work at once, so each action has finished when it returns.
        return new MainViewModel(Analyzer.standard(), m::format, Runnable::run, Runnable::run, Duration.ofSeconds(10));
    }

    @Test
    void pastedHtmlWithRemoteResourcesIsShownWithoutAnyConnection() {
        MainViewModel vm = viewModel();
        vm.checkHtml(RemoteHtml.page(), "");
        ResultModel result = vm.getResult();
        assertThat(vm.getError()).isEmpty();
        assertThat(vm.getScreen()).isEqualTo(MainViewModel.Screen.RESULT);
        assertThat(result.text()).contains("your account is locked", "Bank notice", "Verify now");
        assertThat(result.text()).as("no address of a remote resource is shown as text").doesNotContain("pixel.gif");
        assertThat(ATTEMPTS).as("connection attempts").isEmpty();
    }

    @Test
    void anHtmlMessageFileOpenedInTheWindowMakesNoConnection(@TempDir Path dir) throws IOException {
        Path eml = Files.writeString(dir.resolve("locked.eml"), RemoteHtml.message(), StandardCharsets.UTF_8);
        Path html = Files.writeString(dir.resolve("locked.html"), RemoteHtml.page(), StandardCharsets.UTF_8);
        MainViewModel vm = viewModel();
        vm.openFile(eml);
        assertThat(vm.getError()).isEmpty();
        assertThat(vm.getResult().text()).contains("your account is locked");
        vm.openFile(html);
        assertThat(vm.getError()).isEmpty();
        assertThat(vm.getResult().text()).contains("Bank notice");
        assertThat(ATTEMPTS).as("connection attempts").isEmpty();
    }

    @Test
    void theWatchSeesAConnection() throws IOException {
        // A watch that could never see anything proves nothing: a web address and a socket are both caught.
        URL url = new URL("https://" + RemoteHtml.HOST + "/pixel.gif");
        assertThatThrownBy(url::openStream).isInstanceOf(IOException.class);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 9), 200);
        } catch (IOException expected) {
            // nothing listens there; the attempt is what counts
        }
        assertThat(ATTEMPTS).anyMatch(a -> a.startsWith("url https://" + RemoteHtml.HOST))
                .anyMatch(a -> a.startsWith("connect socket://127.0.0.1:9"));
    }
}
