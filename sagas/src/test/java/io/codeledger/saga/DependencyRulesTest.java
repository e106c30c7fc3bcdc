package io.codeledger.saga;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency direction of DESIGN.md for this module: sagas talk to other modules only through api messages and ports they own. */
class DependencyRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.codeledger.saga");

    @Test
    void dependsOnlyOnWhatDesignAllows() {
        noClasses()
                .that()
                .resideInAPackage("io.codeledger.saga..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.codeledger.command..",
                        "io.codeledger.query..",
                        "io.codeledger.model..",
                        "io.codeledger.infra..",
                        "io.codeledger.app..")
                .allowEmptyShould(true)
                .because("sagas talk to other modules only through api messages and ports they own")
                .check(classes);
    }
}
