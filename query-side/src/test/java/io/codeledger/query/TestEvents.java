package io.codeledger.query;

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

/** Synthetic encounter events for projection tests. */
public final class TestEvents {

    public static final TenantId T = TenantId.of("t1");
    public static final UserId CODER = UserId.of("coder-ann");
    public static final UserId SUPERVISOR = UserId.of("sup-bo");
    public static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    public static final String TEXT = "Community acquired pneumonia. Type 2 diabetes mellitus.";

    private TestEvents() {}

    public static EncounterRegistered registered(String id, EncounterType type, String facility, Instant discharged) {
        return new EncounterRegistered(
                T,
                EncounterId.of(id),
                new PatientDemographics("MRN-" + id, "Test " + id, "1950-01-01"),
                type,
                facility,
                discharged.minusSeconds(86_400 * 3),
                discharged,
                "Dr. A",
                UserId.of("feed"),
                AT);
    }

    public static ClinicalDocumentAttached attached(String id) {
        return new ClinicalDocumentAttached(
                T,
                EncounterId.of(id),
                new ClinicalDocument(DocumentId.of("D-" + id), 1, "34117-2", new DocumentText(TEXT)),
                UserId.of("feed"),
                AT);
    }

    public static CodeSuggestionsRecorded suggested(String id, double confidence) {
        return new CodeSuggestionsRecorded(
                T,
                EncounterId.of(id),
                List.of(
                        new CodeSuggestion(
                                IcdCode.cm("J18.9"),
                                confidence,
                                List.of(new EvidenceSpan(DocumentId.of("D-" + id), 1, 0, 28))),
                        new CodeSuggestion(
                                IcdCode.cm("E11.9"),
                                confidence / 2,
                                List.of(new EvidenceSpan(DocumentId.of("D-" + id), 1, 30, 54)))),
                "sha256:model",
                "ICD10CM-FY2026+ICD10PCS-FY2026",
                UserId.of("model"),
                AT);
    }

    public static EncounterClaimed claimed(String id) {
        return new EncounterClaimed(T, EncounterId.of(id), CODER, AT);
    }

    public static CodeSuggestionAccepted accepted(String id) {
        return new CodeSuggestionAccepted(T, EncounterId.of(id), IcdCode.cm("J18.9"), "sha256:model", CODER, AT);
    }

    public static CodeSuggestionRejected rejected(String id) {
        return new CodeSuggestionRejected(
                T,
                EncounterId.of(id),
                IcdCode.cm("E11.9"),
                RejectionReason.NOT_SUPPORTED_BY_DOCUMENTATION,
                FreeText.of("not documented"),
                "sha256:model",
                CODER,
                AT);
    }
}
