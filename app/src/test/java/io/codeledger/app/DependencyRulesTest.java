package io.codeledger.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The whole product as deployed: dependencies point inward. {@code app} wires everything; the
 * domain modules never depend on each other, on infra or on app.
 */
class DependencyRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.codeledger");

    @Test
    void nothingDependsOnTheApp() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.codeledger.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.codeledger.app..")
                .check(classes);
    }

    @Test
    void domainModulesNeverDependOnEachOther() {
        String[] domain = {
            "io.codeledger.command..", "io.codeledger.query..", "io.codeledger.saga..", "io.codeledger.model.."
        };
        for (String module : domain) {
            String[] others = java.util.Arrays.stream(domain)
                    .filter(m -> !m.equals(module))
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage(module)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void domainModulesNeverDependOnInfra() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.codeledger.api..",
                        "io.codeledger.command..",
                        "io.codeledger.query..",
                        "io.codeledger.saga..",
                        "io.codeledger.model..",
                        "io.codeledger.codeset..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.codeledger.infra..")
                .check(classes);
    }
}
