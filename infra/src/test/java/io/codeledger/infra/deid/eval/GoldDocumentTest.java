package io.codeledger.infra.deid.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codeledger.infra.deid.PhiCategory;
import io.codeledger.infra.deid.PhiSpan;
import org.junit.jupiter.api.Test;

class GoldDocumentTest {

    @Test
    void stripsInlineMarkupAndKeepsSpanOffsetsIntoThePlainText() {
        GoldDocument doc = GoldDocument.parse("n", "Dr. [[NAME:Feldman]] on [[DATE:7/22]].");
        assertThat(doc.text()).isEqualTo("Dr. Feldman on 7/22.");
        assertThat(doc.spans())
                .containsExactly(new PhiSpan(4, 11, PhiCategory.NAME), new PhiSpan(15, 19, PhiCategory.DATE));
    }

    @Test
    void refusesAnUnknownCategory() {
        assertThatThrownBy(() -> GoldDocument.parse("n", "[[NAM:x]]")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsAPartlyCoveredGoldSpanAsMissed() {
        GoldDocument doc = GoldDocument.parse("n", "[[NAME:John Smith]] came.");
        Evaluation e = new Evaluation();
        e.add(doc, java.util.List.of(new PhiSpan(0, 4, PhiCategory.NAME)));
        assertThat(e.overall().recall()).isZero();
        assertThat(e.overall().precision()).isEqualTo(1.0);
    }
}
