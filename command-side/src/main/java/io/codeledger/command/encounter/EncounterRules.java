package io.codeledger.command.encounter;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.encounter.EncounterStatus;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The encounter's rule violations, one factory per stable error code. Messages never hold PHI. */
final class EncounterRules {

    private EncounterRules() {}

    static DomainRuleViolation illegalTransition(String action, EncounterStatus status, EncounterStatus... allowed) {
        return new DomainRuleViolation(
                "CL-ENC-002",
                "cannot " + action + " an encounter that is " + status + "; allowed when "
                        + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or ")));
    }

    static DomainRuleViolation unknownCode(IcdCode code, String codeSetVersion) {
        return new DomainRuleViolation(
                "CL-ENC-003", code.system() + " code " + code + " does not exist in " + codeSetVersion);
    }

    static DomainRuleViolation notBillable(IcdCode code) {
        return new DomainRuleViolation(
                "CL-ENC-004",
                code.system() + " code " + code + " is a category with subcodes and is not billable; choose one of its"
                        + " subcodes");
    }

    static DomainRuleViolation excludes1(String description) {
        return new DomainRuleViolation("CL-ENC-005", description);
    }

    static DomainRuleViolation noPrincipalDiagnosis() {
        return new DomainRuleViolation(
                "CL-ENC-006",
                "cannot submit without a principal diagnosis; set one of the final ICD-10-CM codes first");
    }

    static DomainRuleViolation selfApproval() {
        return new DomainRuleViolation(
                "CL-ENC-007", "segregation of duties: a user who coded this encounter cannot approve it");
    }

    static DomainRuleViolation approved(String action) {
        return new DomainRuleViolation(
                "CL-ENC-008", "cannot " + action + ": the coding is approved; a supervisor must reopen it first");
    }

    static DomainRuleViolation notSuggested(IcdCode code) {
        return new DomainRuleViolation("CL-ENC-009", "code " + code + " was not suggested for this encounter");
    }

    static DomainRuleViolation reasonRequired(String action) {
        return new DomainRuleViolation("CL-ENC-010", "a reason is required to " + action);
    }

    static DomainRuleViolation notAssignee(String action) {
        return new DomainRuleViolation(
                "CL-ENC-011", "cannot " + action + ": the encounter is assigned to another coder");
    }

    static DomainRuleViolation alreadyFinal(IcdCode code) {
        return new DomainRuleViolation("CL-ENC-012", "code " + code + " is already a final code");
    }

    static DomainRuleViolation notFinal(IcdCode code) {
        return new DomainRuleViolation("CL-ENC-012", "code " + code + " is not a final code of this encounter");
    }

    static DomainRuleViolation principalMustBeDiagnosis(IcdCode code) {
        return new DomainRuleViolation(
                "CL-ENC-013", "principal diagnosis must be an ICD-10-CM code; " + code + " is " + code.system());
    }

    static DomainRuleViolation badEvidence(IcdCode code, String why) {
        return new DomainRuleViolation("CL-ENC-014", "evidence for " + code + " " + why);
    }

    static DomainRuleViolation badSequence() {
        return new DomainRuleViolation(
                "CL-ENC-016",
                "the sequence must list every final code exactly once, with the principal diagnosis first");
    }

    static DomainRuleViolation documentAlreadyAttached(String documentId, int version) {
        return new DomainRuleViolation(
                "CL-ENC-017", "document " + documentId + " version " + version + " is already attached");
    }

    static DomainRuleViolation invalid(String what) {
        return new DomainRuleViolation("CL-ENC-018", what);
    }
}
