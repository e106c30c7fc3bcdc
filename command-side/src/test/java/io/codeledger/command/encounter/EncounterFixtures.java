package io.codeledger.command.encounter;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.DocumentId;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.*;
import io.codeledger.api.phi.DocumentText;
import io.codeledger.api.phi.FreeText;
import io.codeledger.api.phi.PatientDemographics;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;

/** Synthetic encounter messages for the fixture tests (no real patient data). */
final class EncounterFixtures {

    static final TenantId TENANT = TenantId.of("t1");
    static final EncounterId ENC = EncounterId.of("E1");
    static final UserId REGISTRAR = UserId.of("ehr-feed");
    static final UserId CODER = UserId.of("coder-ann");
    static final UserId SUPERVISOR = UserId.of("sup-bo");
    static final UserId MODEL = UserId.of("model-serving");
    static final Instant ADMITTED = Instant.parse("2026-10-01T08:00:00Z");
    static final Instant DISCHARGED = Instant.parse("2026-10-04T12:00:00Z");
    static final Instant T = Instant.parse("2026-11-01T10:00:00Z");
    static final PatientDemographics PATIENT = new PatientDemographics("MRN0001", "Testa Fixture", "1950-03-01");
    static final String NOTE = "Community acquired pneumonia of the right lower lobe. Type 2 diabetes.";
    static final ClinicalDocument DOC = new ClinicalDocument(DocumentId.of("D1"), 1, "34117-2", new DocumentText(NOTE));
    static final IcdCode PNEUMONIA = IcdCode.cm("J18.9");
    static final IcdCode DIABETES_2 = IcdCode.cm("E11.9");
    static final IcdCode DIABETES_1 = IcdCode.cm("E10.9");
    static final IcdCode HYPERTENSION = IcdCode.cm("I10");
    static final String MODEL_HASH = "sha256:abc123";

    private EncounterFixtures() {}

    static RegisterEncounter register(List<ClinicalDocument> documents) {
        return new RegisterEncounter(
                TENANT,
                ENC,
                PATIENT,
                EncounterType.INPATIENT,
                "North Campus",
                ADMITTED,
                DISCHARGED,
                "Dr. Attending",
                documents,
                REGISTRAR,
                null);
    }

    static EncounterRegistered registered() {
        return new EncounterRegistered(
                TENANT,
                ENC,
                PATIENT,
                EncounterType.INPATIENT,
                "North Campus",
                ADMITTED,
                DISCHARGED,
                "Dr. Attending",
                REGISTRAR,
                T);
    }

    static ClinicalDocumentAttached attached() {
        return new ClinicalDocumentAttached(TENANT, ENC, DOC, REGISTRAR, T);
    }

    static CodeSuggestion suggestion(IcdCode code, double confidence) {
        return new CodeSuggestion(code, confidence, List.of(new EvidenceSpan(DOC.id(), 1, 0, 20)));
    }

    static CodeSuggestionsRecorded suggested() {
        return new CodeSuggestionsRecorded(
                TENANT,
                ENC,
                List.of(suggestion(PNEUMONIA, 0.91), suggestion(DIABETES_2, 0.74), suggestion(DIABETES_1, 0.31)),
                MODEL_HASH,
                "ICD10CM-FY2026+ICD10PCS-FY2026",
                MODEL,
                T);
    }

    static EncounterClaimed claimed() {
        return new EncounterClaimed(TENANT, ENC, CODER, T);
    }

    static CodeSuggestionAccepted accepted(IcdCode code) {
        return new CodeSuggestionAccepted(TENANT, ENC, code, MODEL_HASH, CODER, T);
    }

    static PrincipalDiagnosisSet principal(IcdCode code) {
        return new PrincipalDiagnosisSet(TENANT, ENC, code, CODER, T);
    }

    static CodingSubmitted submitted() {
        return new CodingSubmitted(TENANT, ENC, List.of(PNEUMONIA), PNEUMONIA, CODER, T);
    }

    static CodingApproved approved() {
        return new CodingApproved(TENANT, ENC, List.of(PNEUMONIA), PNEUMONIA, SUPERVISOR, T);
    }

    static FreeText reason(String text) {
        return FreeText.of(text);
    }

    /** An event as the aggregate applied it for a command that carried an idempotency key. */
    static GenericEventMessage<Object> withKey(Object event, String key) {
        return new GenericEventMessage<>(event, MetaData.with("idempotencyKey", key));
    }
}
