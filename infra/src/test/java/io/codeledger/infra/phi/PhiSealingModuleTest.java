package io.codeledger.infra.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.DocumentId;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.ClinicalDocument;
import io.codeledger.api.encounter.ClinicalDocumentAttached;
import io.codeledger.api.encounter.CodeSuggestionRejected;
import io.codeledger.api.encounter.EncounterRegistered;
import io.codeledger.api.encounter.EncounterType;
import io.codeledger.api.phi.DocumentText;
import io.codeledger.api.phi.FreeText;
import io.codeledger.api.phi.PatientDemographics;
import io.codeledger.api.phi.Phi;
import io.codeledger.infra.phi.keys.KeyStoreUnavailableException;
import io.codeledger.infra.phi.keys.LocalKeyring;
import io.codeledger.infra.phi.keys.MasterKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhiSealingModuleTest {

    private static final TenantId T1 = TenantId.of("t1");
    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private static final PatientDemographics PATIENT =
            new PatientDemographics("MRN-Zyx991", "Quenby Sealtest", "1950-03-01");

    @TempDir
    Path keysDir;

    private MemoryWrappedKeys wrapped;
    private SwitchableKeyStore keys;
    private ObjectMapper sealing;

    @BeforeEach
    void setUp() {
        wrapped = new MemoryWrappedKeys();
        keys = new SwitchableKeyStore(
                new LocalKeyring(MasterKey.open(keysDir, "test-password"), wrapped, Clock.systemUTC()));
        ObjectMapper plain =
                JsonMapper.builder().addModule(new JavaTimeModule()).build();
        sealing = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .build()
                .registerModule(new PhiSealingModule(new PhiCipher(keys), plain));
    }

    private static EncounterRegistered registered(String encounter) {
        return new EncounterRegistered(
                T1,
                EncounterId.of(encounter),
                PATIENT,
                EncounterType.INPATIENT,
                "North",
                AT,
                AT,
                "Dr. A",
                UserId.of("feed"),
                AT);
    }

    @Test
    void anEventRoundTripsWithItsPhiIntact() throws Exception {
        String json = sealing.writeValueAsString(registered("E1"));
        assertThat(sealing.readValue(json, EncounterRegistered.class)).isEqualTo(registered("E1"));
    }

    @Test
    void theStoredFormHoldsNoPlaintext() throws Exception {
        String json = sealing.writeValueAsString(registered("E1"));
        assertThat(json)
                .doesNotContain("Quenby")
                .doesNotContain("Sealtest")
                .doesNotContain("Zyx991")
                .doesNotContain("1950-03-01")
                .contains("\"$phi\":1");
    }

    @Test
    void nestedPhiInAListIsSealedToo() throws Exception {
        var event = new ClinicalDocumentAttached(
                T1,
                EncounterId.of("E1"),
                new ClinicalDocument(DocumentId.of("D1"), 1, "34117-2", new DocumentText("Quenby has a cough")),
                UserId.of("feed"),
                AT);
        String json = sealing.writeValueAsString(event);
        assertThat(json).doesNotContain("cough");
        assertThat(sealing.readValue(json, ClinicalDocumentAttached.class)).isEqualTo(event);
    }

    @Test
    void anAlteredCiphertextFailsToOpen() throws Exception {
        ObjectNode tree = (ObjectNode) sealing.readTree(sealing.writeValueAsString(registered("E1")));
        ObjectNode patient = (ObjectNode) tree.get("patient");
        String c = patient.get("c").asText();
        patient.put("c", (c.charAt(0) == 'A' ? "B" : "A") + c.substring(1));
        assertThatThrownBy(() -> sealing.treeToValue(tree, EncounterRegistered.class))
                .hasStackTraceContaining("CL-PHI-002");
    }

    @Test
    void phiCopiedIntoAnotherEncounterFailsToOpen() throws Exception {
        ObjectNode e1 = (ObjectNode) sealing.readTree(sealing.writeValueAsString(registered("E1")));
        ObjectNode e2 = (ObjectNode) sealing.readTree(sealing.writeValueAsString(registered("E2")));
        e2.set("patient", e1.get("patient"));
        assertThatThrownBy(() -> sealing.treeToValue(e2, EncounterRegistered.class))
                .hasStackTraceContaining("CL-PHI-002")
                .hasStackTraceContaining("moved");
    }

    @Test
    void phiWhoseDeclaredOwnerIsRewrittenFailsAuthentication() throws Exception {
        ObjectNode e1 = (ObjectNode) sealing.readTree(sealing.writeValueAsString(registered("E1")));
        ObjectNode e2 = (ObjectNode) sealing.readTree(sealing.writeValueAsString(registered("E2")));
        ObjectNode moved = e1.get("patient").deepCopy();
        moved.put("a", "encounter:t1:E2");
        e2.set("patient", moved);
        assertThatThrownBy(() -> sealing.treeToValue(e2, EncounterRegistered.class))
                .hasStackTraceContaining("failed authentication");
    }

    @Test
    void phiMovedToAnotherFieldFailsToOpen() throws Exception {
        var rejected = new CodeSuggestionRejected(
                T1,
                EncounterId.of("E1"),
                IcdCode.cm("J18.9"),
                io.codeledger.api.encounter.RejectionReason.OTHER,
                FreeText.of("no"),
                "m",
                UserId.of("c"),
                AT);
        ObjectNode tree = (ObjectNode) sealing.readTree(sealing.writeValueAsString(rejected));
        ObjectNode patientTree = (ObjectNode) sealing.readTree(sealing.writeValueAsString(registered("E1")));
        tree.set("reason", patientTree.get("patient"));
        assertThatThrownBy(() -> sealing.treeToValue(tree, CodeSuggestionRejected.class))
                .hasStackTraceContaining("CL-PHI-002");
    }

    @Test
    void afterShreddingPhiReadsAsAnExplicitMarkerAndFactsRemain() throws Exception {
        String json = sealing.writeValueAsString(registered("E1"));
        keys.shred(T1);
        EncounterRegistered read = sealing.readValue(json, EncounterRegistered.class);
        assertThat(read.patient().shredded()).isTrue();
        assertThat(read.patient().name()).contains("shredded");
        assertThat(read.facility()).isEqualTo("North");
        assertThat(read.encounterId()).isEqualTo(EncounterId.of("E1"));
    }

    @Test
    void otherTenantsAreUntouchedByShredding() throws Exception {
        var other = new EncounterRegistered(
                TenantId.of("t2"),
                EncounterId.of("E1"),
                PATIENT,
                EncounterType.INPATIENT,
                "North",
                AT,
                AT,
                "Dr. A",
                UserId.of("feed"),
                AT);
        String json = sealing.writeValueAsString(other);
        keys.shred(T1);
        assertThat(sealing.readValue(json, EncounterRegistered.class).patient()).isEqualTo(PATIENT);
    }

    @Test
    void phiWrittenOutsideAnOwnerIsRefused() {
        assertThatThrownBy(() -> sealing.writeValueAsString(PATIENT)).hasStackTraceContaining("CL-PHI-001");
    }

    @Test
    void sealingFailsClosedWhileTheKeyStoreIsDown() {
        keys.down = true;
        assertThatThrownBy(() -> sealing.writeValueAsString(registered("E1")))
                .hasRootCauseInstanceOf(KeyStoreUnavailableException.class);
    }

    @Test
    void sealingWorksAgainOnceTheKeyStoreIsBack() throws Exception {
        keys.down = true;
        assertThatThrownBy(() -> sealing.writeValueAsString(registered("E1")));
        keys.down = false;
        assertThat(sealing.readValue(sealing.writeValueAsString(registered("E1")), EncounterRegistered.class)
                        .patient())
                .isEqualTo(PATIENT);
    }

    @Test
    void valuesSealedBeforeARotationStillOpenAfterIt() throws Exception {
        String before = sealing.writeValueAsString(registered("E1"));
        keys.rotate(T1);
        String after = sealing.writeValueAsString(registered("E1"));
        assertThat(sealing.readTree(after).get("patient").get("k").asInt()).isEqualTo(2);
        assertThat(sealing.readValue(before, EncounterRegistered.class).patient())
                .isEqualTo(PATIENT);
    }

    @Test
    void anUnsealedValueInAStoreIsRejected() throws Exception {
        ObjectNode tree = (ObjectNode) sealing.readTree(sealing.writeValueAsString(registered("E1")));
        tree.set("patient", JsonMapper.builder().build().valueToTree(PATIENT));
        assertThatThrownBy(() -> sealing.treeToValue(tree, EncounterRegistered.class))
                .hasStackTraceContaining("CL-PHI-005");
    }

    @Test
    void everyPhiTypeOffersAShreddedValue() throws Exception {
        for (Class<?> type : new Class<?>[] {PatientDemographics.class, DocumentText.class, FreeText.class}) {
            Phi marker = (Phi) type.getMethod("shreddedValue").invoke(null);
            assertThat(marker.shredded()).isTrue();
        }
    }
}
