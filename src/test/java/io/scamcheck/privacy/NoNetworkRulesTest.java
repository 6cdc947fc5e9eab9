package io.scamcheck.privacy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No code of the program can reach the network: no web view (HTML mail is read as text, never rendered), no
 * picture loaded from an address, no URL connection, HTTP client, socket or jsoup fetch.
 */
class NoNetworkRulesTest {
    private static JavaClasses program;

    static final List<ArchRule> RULES = List.of(
            noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx.scene.web..")
                    .because("a web view would fetch the remote pictures and styles of HTML mail"),
            noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
                    .because("the program never talks to a server"),
            noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
                    .because("the program never opens a connection"),
            noClasses().should().callMethod(java.net.URL.class, "openConnection")
                    .orShould().callMethod(java.net.URL.class, "openStream")
                    .orShould().callMethod(java.net.URL.class, "getContent")
                    .because("an address in a message is never opened"),
            noClasses().should().callMethod("org.jsoup.Jsoup", "connect", "java.lang.String")
                    .because("jsoup only reads the HTML it is given"),
            noClasses().should().callConstructor("javafx.scene.image.Image", "java.lang.String")
                    .orShould().callConstructor("javafx.scene.image.Image", "java.lang.String", "boolean")
                    .orShould().callConstructor("javafx.scene.image.Image", "java.lang.String", "double", "double",
                            "boolean", "boolean")
                    .orShould().callConstructor("javafx.scene.image.Image", "java.lang.String", "double", "double",
                            "boolean", "boolean", "boolean")
                    .because("a picture made from an address is fetched from it; pictures come from the program's own files"));

    @BeforeAll
    static void importProgram() {
        program = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.scamcheck");
    }

    @Test
    void noClassOfTheProgramCanReachTheNetwork() {
        RULES.forEach(r -> r.check(program));
    }

    /** Code that does each forbidden thing, to show each rule can fail. */
    @SuppressWarnings("unused")
    static final class Offender {
        Object client() {
            return java.net.http.HttpClient.newHttpClient();
        }

        Object socket() {
            return new java.net.Socket();
        }

        Object fetch(java.net.URL u) throws java.io.IOException {
            return u.openStream();
        }

        Object jsoup() {
            return org.jsoup.Jsoup.connect("https://example.org/");
        }

        Object picture() {
            return new javafx.scene.image.Image("https://example.org/a.png");
        }
    }

    @Test
    void theWebViewIsNotEvenShipped() {
        // The first rule cannot be shown failing here because the web view is not on the class path at all:
        // javafx-web is not a dependency, so no class could render HTML mail even by reflection.
        assertThatThrownBy(() -> Class.forName("javafx.scene.web.WebView"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void eachRuleCatchesCodeThatWouldReachTheNetwork() {
        JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
        for (ArchRule r : RULES.subList(1, RULES.size())) {
            assertThatThrownBy(() -> r.check(offender)).as(r.getDescription()).isInstanceOf(AssertionError.class);
        }
    }
}
