package io.codeledger.command.encounter;

import io.codeledger.api.encounter.ClinicalDocument;
import io.codeledger.api.encounter.RegisterEncounter;
import java.util.regex.Pattern;

/** Field rules for registrations and documents; messages name the field, never its value. */
final class RegistrationChecks {

    private static final Pattern LOINC = Pattern.compile("[0-9]{1,7}-[0-9]");
    static final int MAX_DOCUMENT_CHARS = 2_000_000;

    private RegistrationChecks() {}

    static void check(RegisterEncounter cmd) {
        require(cmd.patient() != null, "patient is required");
        require(cmd.type() != null, "type is required (INPATIENT, OUTPATIENT or EMERGENCY)");
        require(cmd.facility() != null && !cmd.facility().isBlank(), "facility is required");
        require(cmd.admitted() != null, "admitted is required");
        require(
                cmd.discharged() == null || !cmd.discharged().isBefore(cmd.admitted()),
                "discharged must not be before admitted");
        require(cmd.documents() != null, "documents must be a list (it may be empty)");
        cmd.documents().forEach(RegistrationChecks::checkDocument);
    }

    static void checkDocument(ClinicalDocument document) {
        require(document != null, "document is required");
        require(document.id() != null, "document.id is required");
        require(document.version() >= 1, "document.version must be 1 or more");
        require(
                document.loincType() != null
                        && LOINC.matcher(document.loincType()).matches(),
                "document.type must be a LOINC code such as 34117-2");
        require(document.text() != null, "document.text is required");
        require(document.text().length() <= MAX_DOCUMENT_CHARS, "document.text is longer than 2,000,000 characters");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw EncounterRules.invalid(message);
        }
    }
}
