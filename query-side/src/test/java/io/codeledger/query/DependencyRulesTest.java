package io.codeledger.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency direction of DESIGN.md for this module: the query side depends only on the api. */
class DependencyRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.codeledger.query");

    @Test
    void dependsOnlyOnWhatDesignAllows() {
        noClasses()
                .that()
                .resideInAPackage("io.codeledger.query..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.codeledger.command..",
                        "io.codeledger.saga..",
                        "io.codeledger.model..",
                        "io.codeledger.infra..",
                        "io.codeledger.app..")
                .because("the query side depends only on the api")
                .check(classes);
    }
}
