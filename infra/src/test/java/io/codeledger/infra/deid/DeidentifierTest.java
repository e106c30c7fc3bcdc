package io.codeledger.infra.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DeidentifierTest {

    private static final Deidentifier ENGINE = new Deidentifier();

    private static String redact(String text) {
        return ENGINE.deidentify(text).text();
    }

    @Test
    void redactsANameAfterATitleWithItsCategoryTag() {
        assertThat(redact("Seen by Dr. Okonkwo today.")).isEqualTo("Seen by Dr. [NAME] today.");
    }

    @Test
    void redactsRelativesNamedAfterAKinWordEvenInLowerCase() {
        assertThat(redact("pt seen today w/ sob. wife mary at bedside, son kevin to call later."))
                .contains("wife [NAME]")
                .contains("son [NAME]");
    }

    @Test
    void leavesOrdinaryWordsThatAreAlsoSurnames() {
        String text = "The price of her inhaler rose, so a long discussion about cost followed.";
        assertThat(redact(text)).isEqualTo(text);
    }

    @Test
    void leavesClinicalEponymsThatAreAlsoSurnames() {
        String text =
                "History of Parkinson's disease, Crohn disease and Graves disease. Murphy sign negative. Foley in place.";
        assertThat(redact(text)).isEqualTo(text);
    }

    @Test
    void tagsEveryDateStyleButLeavesAYearAlone() {
        String out = redact("Seen 7/22 and 07-22-2019, again July 22nd and 22 Jul; surgery in 2015.");
        assertThat(out).isEqualTo("Seen [DATE] and [DATE], again [DATE] and [DATE]; surgery in 2015.");
    }

    @Test
    void leavesScoresAndFractionsThatLookLikeDates() {
        String text = "Pain 7/10. Strength 5/5 bilaterally. Take 1/2 tab. BP 128/76.";
        assertThat(redact(text)).isEqualTo(text);
    }

    @Test
    void tagsAgesOverEightyNineButNotYoungerAges() {
        assertThat(redact("A 93 yo woman and her 89-year-old husband."))
                .isEqualTo("A [AGE] yo woman and her 89-year-old husband.");
    }

    @Test
    void tagsLabelledIdentifiersWithTheLabelsCategory() {
        List<PhiSpan> spans = ENGINE.detect("MRN: 00781234  Member ID XOD 882 41775  VIN 2HGFC2F59LH512345");
        assertThat(spans)
                .extracting(PhiSpan::type)
                .containsExactly(PhiCategory.MRN, PhiCategory.HEALTH_PLAN, PhiCategory.VEHICLE);
    }

    @Test
    void readsANumberAfterAFaxLabelAsAFaxNumber() {
        List<PhiSpan> spans = ENGINE.detect("Tel 312.555.0172  Fax 312.555.0173");
        assertThat(spans).extracting(PhiSpan::type).containsExactly(PhiCategory.PHONE, PhiCategory.FAX);
    }

    @Test
    void reportsSpanOffsetsIntoTheOriginalText() {
        String text = "Patient: Walter Kingsley, DOB 11/02/1931.";
        PhiSpan name = ENGINE.detect(text).get(0);
        assertThat(text.substring(name.start(), name.end())).isEqualTo("Walter Kingsley");
        assertThat(name.type()).isEqualTo(PhiCategory.NAME);
    }

    @Test
    void givesTheSameSurrogateToTheSameNameWithinADocument() {
        String out = ENGINE.deidentify("Mr. Kingsley fell. Kingsley lives alone.", DeidOptions.surrogates(42))
                .text();
        String surrogate = out.substring(4, out.indexOf(' ', 4));
        assertThat(surrogate).isNotEqualTo("Kingsley");
        assertThat(out).doesNotContain("Kingsley").contains(surrogate + " lives alone.");
    }

    @Test
    void shiftsDatesByTheOffsetAndKeepsTheirStyle() {
        DeidOptions shifted = DeidOptions.redact().withDateShift(10);
        assertThat(ENGINE.deidentify("Admitted 07/22/2019, seen July 22nd.", shifted)
                        .text())
                .isEqualTo("Admitted 08/01/2019, seen August 1st.");
    }

    @Test
    void keepsIntervalsBetweenDatesWhenShifting() {
        DeidOptions shifted = DeidOptions.redact().withDateShift(DateShift.forPatient("p-1", new byte[32]));
        String out = ENGINE.deidentify("Admitted 2019-07-22, discharged 2019-07-29.", shifted)
                .text();
        java.time.LocalDate a = java.time.LocalDate.parse(out.substring(9, 19));
        java.time.LocalDate b = java.time.LocalDate.parse(out.substring(32, 42));
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(a, b)).isEqualTo(7);
        assertThat(a).isNotEqualTo(java.time.LocalDate.of(2019, 7, 22));
    }

    @Test
    void givesEveryRecordOfOnePatientTheSameDateOffset() {
        byte[] secret = "0123456789abcdef0123456789abcdef".getBytes();
        assertThat(DateShift.forPatient("patient-7", secret)).isEqualTo(DateShift.forPatient("patient-7", secret));
        assertThat(DateShift.forPatient("patient-7", secret))
                .isBetween(-365, 365)
                .isNotZero();
    }

    @Test
    void doesNotRejectItsOwnSurrogatesAfterATitle() {
        DeidResult result = ENGINE.deidentify("Dr. Okafor saw Mary Smith on 7/22.", DeidOptions.surrogates(7));
        assertThat(result.rejected()).isFalse();
        assertThat(result.text()).startsWith("Dr. ").doesNotContain("Okafor").doesNotContain("Mary");
    }

    @Test
    void doesNotRejectACleanRecord() {
        assertThat(ENGINE.deidentify("Lungs clear. Continue lisinopril 10 mg daily.")
                        .rejected())
                .isFalse();
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String text = "Dr. Okonkwo saw Mary Smith on 7/22, MRN 00781234.";
        String expected = redact(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = pool.invokeAll(java.util.Collections.nCopies(
                    200, () -> ENGINE.deidentify(text).text()));
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
