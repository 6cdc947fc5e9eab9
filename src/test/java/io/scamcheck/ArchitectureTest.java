package io.scamcheck;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core (everything but the ui package and the launcher) must never depend on JavaFX or the UI. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.scamcheck");
    }

    @Test
    void onlyTheUiPackageImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("io.scamcheck.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the command line must run with no display and without starting JavaFX")
                .check(classes);
    }

    @Test
    void theCoreDoesNotUseTheUi() {
        noClasses().that().resideOutsideOfPackage("io.scamcheck.ui..")
                .and().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("io.scamcheck.ui..")
                .because("the core is shared by the window and the command line")
                .check(classes);
    }

    @Test
    void theRuleCatchesAJavaFxImport() {
        // A rule that can never fail proves nothing: the ui package itself must be seen to use JavaFX.
        JavaClasses ui = new ClassFileImporter().importPackages("io.scamcheck.ui");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..").check(ui))
                .isInstanceOf(AssertionError.class);
    }
}
