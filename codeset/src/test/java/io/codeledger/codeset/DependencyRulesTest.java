package io.codeledger.codeset;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency direction of DESIGN.md for this module: the code sets are plain reference data on top of the api. */
class DependencyRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.codeledger.codeset");

    @Test
    void dependsOnlyOnWhatDesignAllows() {
        noClasses()
                .that()
                .resideInAPackage("io.codeledger.codeset..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.codeledger.command..",
                        "io.codeledger.query..",
                        "io.codeledger.saga..",
                        "io.codeledger.model..",
                        "io.codeledger.infra..",
                        "io.codeledger.app..",
                        "org.springframework..",
                        "org.axonframework..")
                .because("the code sets are plain reference data on top of the api")
                .check(classes);
    }
}
