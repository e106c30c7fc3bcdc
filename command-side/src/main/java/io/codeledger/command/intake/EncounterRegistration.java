package io.codeledger.command.intake;

import io.codeledger.api.common.DocumentId;
import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.ClinicalDocument;
import io.codeledger.api.encounter.EncounterType;
import io.codeledger.api.encounter.RegisterEncounter;
import io.codeledger.api.phi.DocumentText;
import io.codeledger.api.phi.PatientDemographics;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The registration body an EHR sends (REST {@code POST /api/encounters}, one NDJSON line of {@code
 * import}). Fields arrive as text and are checked here, so every error names the field at fault
 * and never echoes its value.
 */
public record EncounterRegistration(
        String encounterId,
        Patient patient,
        String type,
        String facility,
        String admitted,
        String discharged,
        String attending,
        List<Document> documents) {

    /** Demographics as sent. */
    public record Patient(String mrn, String name, String birthDate) {}

    /** A document as sent; {@code type} is the LOINC document type, {@code version} a positive integer. */
    public record Document(String id, String version, String type, String text) {}

    public RegisterEncounter toCommand(TenantId tenant, UserId actor, String idempotencyKey) {
        require(encounterId != null, "encounterId is required");
        require(patient != null, "patient is required");
        require(documents != null, "documents is required (it may be an empty list)");
        List<ClinicalDocument> docs = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            docs.add(toDocument(documents.get(i), "documents[" + i + "]"));
        }
        return new RegisterEncounter(
                tenant,
                EncounterId.of(encounterId),
                new PatientDemographics(patient.mrn(), patient.name(), patient.birthDate()),
                encounterType(type),
                facility,
                instant(admitted, "admitted", true),
                instant(discharged, "discharged", false),
                attending,
                docs,
                actor,
                idempotencyKey);
    }

    /** The document of an attach request ({@code POST /api/encounters/{id}/documents}). */
    public static ClinicalDocument toDocument(Document d, String field) {
        require(d != null, field + " is required");
        require(d.id() != null, field + ".id is required");
        require(d.text() != null, field + ".text is required");
        int version;
        try {
            version = Integer.parseInt(d.version() == null ? "" : d.version().strip());
        } catch (NumberFormatException e) {
            throw new DomainRuleViolation("CL-VAL-003", field + ".version must be a positive integer");
        }
        return new ClinicalDocument(DocumentId.of(d.id()), version, d.type(), new DocumentText(d.text()));
    }

    private static EncounterType encounterType(String type) {
        try {
            return EncounterType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("CL-VAL-003", "type must be INPATIENT, OUTPATIENT or EMERGENCY");
        }
    }

    private static Instant instant(String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            require(!required, field + " is required");
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainRuleViolation(
                    "CL-VAL-003", field + " must be an ISO-8601 date-time with offset, e.g. 2026-10-01T08:00:00Z");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new DomainRuleViolation("CL-VAL-003", message);
        }
    }

    @Override
    public String toString() {
        return "EncounterRegistration[" + encounterId + "]";
    }
}
