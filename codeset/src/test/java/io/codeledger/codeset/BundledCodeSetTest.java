package io.codeledger.codeset;

import static org.assertj.core.api.Assertions.assertThat;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import org.junit.jupiter.api.Test;

class BundledCodeSetTest {

    private final CodeSet codes = BundledCodeSet.load();

    @Test
    void findsACodeWrittenDottedOrNot() {
        assertThat(codes.lookup(IcdCode.cm("N448"))).isPresent();
        assertThat(codes.lookup(IcdCode.cm("n44.8")).orElseThrow().description())
                .isEqualTo("Other noninflammatory disorders of the testis");
    }

    @Test
    void aCategoryWithChildrenExistsButIsNotBillable() {
        assertThat(codes.lookup(IcdCode.cm("A01"))).isPresent();
        assertThat(codes.isBillable(IcdCode.cm("A01"))).isFalse();
        assertThat(codes.isBillable(IcdCode.cm("A01.00"))).isTrue();
    }

    @Test
    void unknownCodesAreNotFound() {
        assertThat(codes.lookup(IcdCode.cm("Q99.999"))).isEmpty();
        assertThat(codes.isBillable(IcdCode.pcs("0DT"))).isFalse();
    }

    @Test
    void procedureCodesAreSevenCharactersWithoutADot() {
        var entry = codes.lookup(IcdCode.pcs("0DTJ4ZZ")).orElseThrow();
        assertThat(entry.code().value()).isEqualTo("0DTJ4ZZ");
        assertThat(entry.code().system()).isEqualTo(CodeSystem.ICD10PCS);
        assertThat(entry.billable()).isTrue();
    }

    @Test
    void searchFindsDescriptionsContainingEveryWord() {
        assertThat(codes.search("typhoid meningitis", 5))
                .extracting(e -> e.code().value())
                .contains("A01.01");
    }

    @Test
    void searchCoversInclusionTerms() {
        assertThat(codes.search("typhoid endocarditis", 5))
                .extracting(e -> e.code().value())
                .contains("A01.02");
    }

    @Test
    void excludes1NotesAtACategoryApplyToItsChildren() {
        // E10 (type 1 diabetes) carries an Excludes1 note for type 2 diabetes (E11.-)
        var conflict = codes.excludes1Conflict(IcdCode.cm("E10.9"), IcdCode.cm("E11.9"));
        assertThat(conflict).isPresent();
        assertThat(conflict.orElseThrow().describe()).contains("E10.9").contains("E11.9");
    }

    @Test
    void excludes1IsCheckedInBothDirections() {
        assertThat(codes.excludes1Conflict(IcdCode.cm("E11.9"), IcdCode.cm("E10.9")))
                .isPresent();
    }

    @Test
    void codesWithoutExcludes1RelationDoNotConflict() {
        assertThat(codes.excludes1Conflict(IcdCode.cm("J18.9"), IcdCode.cm("I10")))
                .isEmpty();
    }

    @Test
    void versionIdNamesBothTables() {
        assertThat(codes.versionId()).contains("ICD10CM-FY2026").contains("ICD10PCS-FY2026");
    }
}
