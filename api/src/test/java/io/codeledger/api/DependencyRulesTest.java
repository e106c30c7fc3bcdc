package io.codeledger.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency direction of DESIGN.md for this module: the message contract depends on nothing but the JDK and Jackson annotations. */
class DependencyRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.codeledger.api");

    @Test
    void dependsOnlyOnWhatDesignAllows() {
        noClasses()
                .that()
                .resideInAPackage("io.codeledger.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.codeledger.codeset..",
                        "io.codeledger.command..",
                        "io.codeledger.query..",
                        "io.codeledger.saga..",
                        "io.codeledger.model..",
                        "io.codeledger.infra..",
                        "io.codeledger.app..",
                        "org.springframework..",
                        "org.axonframework..")
                .because("the message contract depends on nothing but the JDK and Jackson annotations")
                .check(classes);
    }
}
