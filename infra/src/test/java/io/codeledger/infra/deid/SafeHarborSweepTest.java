package io.codeledger.infra.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeHarborSweepTest {

    private final SafeHarborSweep sweep = new SafeHarborSweep();

    @Test
    void findsAnSsnLeftInTheOutputWithItsOffset() {
        assertThat(sweep.sweep("SSN [SSN], spouse 123-45-6789."))
                .containsExactly(new SweepFinding(18, PhiCategory.SSN));
    }

    @Test
    void findsPhoneNumbersDatesAndTitledNames() {
        List<SweepFinding> findings = sweep.sweep("Call (617) 555-0148 on 07/22/2019. Dr. Okafor aware.");
        assertThat(findings)
                .extracting(SweepFinding::category)
                .containsExactly(PhiCategory.PHONE, PhiCategory.DATE, PhiCategory.NAME);
    }

    @Test
    void ignoresHitsInsideRangesTheEngineWroteItself() {
        String output = "Seen 08/01/2019.";
        assertThat(sweep.sweep(output, List.of(new int[] {5, 15}))).isEmpty();
    }

    @Test
    void passesRedactedClinicalText() {
        assertThat(sweep.sweep("Dr. [NAME] saw [NAME] on [DATE]. BP 128/76, pain 7/10, ABG 7.36/42/88."))
                .isEmpty();
    }

    @Test
    void rejectsARecordWhoseOutputStillHoldsAnIdentifier() {
        // A phone number written without any label is found by the engine; the sweep is the backstop
        // for shapes the engine does not know. Simulate an engine miss by sweeping raw text.
        assertThat(sweep.sweep("Pt email jdoe@example.com"))
                .extracting(SweepFinding::category)
                .containsExactly(PhiCategory.EMAIL);
    }
}
