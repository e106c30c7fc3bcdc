package io.codeledger.infra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency direction of DESIGN.md for this module: infra adapters implement ports; they never reach into domain modules. */
class DependencyRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.codeledger.infra");

    @Test
    void dependsOnlyOnWhatDesignAllows() {
        noClasses()
                .that()
                .resideInAPackage("io.codeledger.infra..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.codeledger.command..",
                        "io.codeledger.query..",
                        "io.codeledger.saga..",
                        "io.codeledger.model..",
                        "io.codeledger.app..")
                .because("infra adapters implement ports; they never reach into domain modules")
                .check(classes);
    }
}
