package io.codeledger.command.encounter;

import static io.codeledger.command.encounter.EncounterFixtures.*;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.*;
import io.codeledger.codeset.BundledCodeSet;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EncounterTest {

    private AggregateTestFixture<Encounter> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Encounter.class);
        fixture.registerInjectableResource(BundledCodeSet.load());
        fixture.registerCommandTargetResolver(
                command -> new org.axonframework.modelling.command.VersionedAggregateIdentifier(
                        ((EncounterCommand) command.getPayload()).aggregateId(), null));
    }

    @Test
    void registeringWithADocumentRecordsBothFacts() {
        fixture.givenCurrentTime(T)
                .when(register(List.of(DOC)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered(), attached())
                .expectResultMessagePayload(RegistrationOutcome.REGISTERED);
    }

    @Test
    void registeringAnEncounterTwiceHasNoSecondEffect() {
        given(registered(), attached())
                .when(register(List.of(DOC)))
                .expectNoEvents()
                .expectResultMessagePayload(RegistrationOutcome.ALREADY_PRESENT);
    }

    @Test
    void registrationWithDischargeBeforeAdmissionIsRefused() {
        var bad = new RegisterEncounter(
                TENANT,
                ENC,
                PATIENT,
                EncounterType.INPATIENT,
                "North",
                DISCHARGED,
                ADMITTED,
                null,
                List.of(),
                REGISTRAR,
                null);
        fixture.givenCurrentTime(T)
                .when(bad)
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("discharged must not be before admitted");
    }

    @Test
    void suggestionsWithAnUnknownCodeAreRefused() {
        given(registered(), attached())
                .when(new RecordCodeSuggestions(
                        TENANT, ENC, List.of(suggestion(IcdCode.cm("Q99.999"), 0.5)), MODEL_HASH, "v", MODEL, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("does not exist"));
    }

    @Test
    void suggestionsWhoseEvidenceLiesOutsideTheDocumentAreRefused() {
        var outside = new CodeSuggestion(PNEUMONIA, 0.9, List.of(new EvidenceSpan(DOC.id(), 1, 10, 10_000)));
        given(registered(), attached())
                .when(new RecordCodeSuggestions(TENANT, ENC, List.of(outside), MODEL_HASH, "v", MODEL, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("outside the document"));
    }

    @Test
    void suggestionsMoveADocumentedEncounterToSuggested() {
        given(registered(), attached())
                .when(new RecordCodeSuggestions(
                        TENANT,
                        ENC,
                        suggested().suggestions(),
                        MODEL_HASH,
                        "ICD10CM-FY2026+ICD10PCS-FY2026",
                        MODEL,
                        null))
                .expectEvents(suggested());
    }

    @Test
    void aCoderClaimsASuggestedEncounter() {
        given(registered(), attached(), suggested())
                .when(new ClaimEncounter(TENANT, ENC, CODER, null))
                .expectEvents(claimed());
    }

    @Test
    void anEncounterWithoutDocumentsCannotBeClaimed() {
        given(registered())
                .when(new ClaimEncounter(TENANT, ENC, CODER, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("REGISTERED"));
    }

    @Test
    void acceptingASuggestionMakesItAFinalCode() {
        given(registered(), attached(), suggested(), claimed())
                .when(new AcceptCodeSuggestion(TENANT, ENC, PNEUMONIA, CODER, null))
                .expectEvents(accepted(PNEUMONIA));
    }

    @Test
    void acceptingACodeThatWasNotSuggestedIsRefused() {
        given(registered(), attached(), suggested(), claimed())
                .when(new AcceptCodeSuggestion(TENANT, ENC, HYPERTENSION, CODER, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("was not suggested"));
    }

    @Test
    void onlyTheClaimingCoderChangesCodes() {
        given(registered(), attached(), suggested(), claimed())
                .when(new AcceptCodeSuggestion(TENANT, ENC, PNEUMONIA, UserId.of("coder-other"), null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("assigned to another coder"));
    }

    @Test
    void rejectingASuggestionRequiresAReason() {
        given(registered(), attached(), suggested(), claimed())
                .when(new RejectCodeSuggestion(
                        TENANT, ENC, DIABETES_1, RejectionReason.OTHER, reason("  "), CODER, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("reason is required"));
    }

    @Test
    void rejectingASuggestionWithAReasonIsRecorded() {
        given(registered(), attached(), suggested(), claimed())
                .when(new RejectCodeSuggestion(
                        TENANT,
                        ENC,
                        DIABETES_1,
                        RejectionReason.NOT_SUPPORTED_BY_DOCUMENTATION,
                        reason("type 2 documented"),
                        CODER,
                        null))
                .expectEvents(new CodeSuggestionRejected(
                        TENANT,
                        ENC,
                        DIABETES_1,
                        RejectionReason.NOT_SUPPORTED_BY_DOCUMENTATION,
                        reason("type 2 documented"),
                        MODEL_HASH,
                        CODER,
                        T));
    }

    @Test
    void addingAnUnknownCodeIsRefused() {
        given(registered(), attached(), suggested(), claimed())
                .when(new AddCode(TENANT, ENC, IcdCode.cm("ZZZ.9"), reason("seen in note"), CODER, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("does not exist"));
    }

    @Test
    void addingANonBillableCategoryIsRefused() {
        given(registered(), attached(), suggested(), claimed())
                .when(new AddCode(TENANT, ENC, IcdCode.cm("J18"), reason("pneumonia"), CODER, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("not billable"));
    }

    @Test
    void addingACodeWithoutAReasonIsRefused() {
        given(registered(), attached(), suggested(), claimed())
                .when(new AddCode(TENANT, ENC, HYPERTENSION, null, CODER, null))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void anExcludes1ConflictNamesBothCodes() {
        given(registered(), attached(), suggested(), claimed(), accepted(DIABETES_2))
                .when(new AcceptCodeSuggestion(TENANT, ENC, DIABETES_1, CODER, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("E11.9"), org.hamcrest.Matchers.containsString("E10.9")));
    }

    @Test
    void submittingWithoutAPrincipalDiagnosisIsRefused() {
        given(registered(), attached(), suggested(), claimed(), accepted(PNEUMONIA))
                .when(new SubmitCoding(TENANT, ENC, CODER, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("principal diagnosis"));
    }

    @Test
    void theProcedureSystemCannotGiveThePrincipalDiagnosis() {
        var pcs = IcdCode.pcs("0DTJ4ZZ");
        given(
                        registered(),
                        attached(),
                        suggested(),
                        claimed(),
                        new CodeAdded(TENANT, ENC, pcs, reason("appendectomy"), CODER, T))
                .when(new SetPrincipalDiagnosis(TENANT, ENC, pcs, CODER, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("must be an ICD-10-CM code"));
    }

    @Test
    void submittingWithAPrincipalDiagnosisSucceeds() {
        given(registered(), attached(), suggested(), claimed(), accepted(PNEUMONIA), principal(PNEUMONIA))
                .when(new SubmitCoding(TENANT, ENC, CODER, null))
                .expectEvents(submitted());
    }

    @Test
    void coderCannotApproveOwnCoding() {
        given(registered(), attached(), suggested(), claimed(), accepted(PNEUMONIA), principal(PNEUMONIA), submitted())
                .when(new ApproveCoding(TENANT, ENC, CODER, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("segregation of duties"));
    }

    @Test
    void anotherUserApprovesSubmittedCoding() {
        given(registered(), attached(), suggested(), claimed(), accepted(PNEUMONIA), principal(PNEUMONIA), submitted())
                .when(new ApproveCoding(TENANT, ENC, SUPERVISOR, null))
                .expectEvents(approved());
    }

    @Test
    void nothingChangesAfterApprovalExceptReopening() {
        given(
                        registered(),
                        attached(),
                        suggested(),
                        claimed(),
                        accepted(PNEUMONIA),
                        principal(PNEUMONIA),
                        submitted(),
                        approved())
                .when(new AddCode(TENANT, ENC, HYPERTENSION, reason("late finding"), CODER, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("reopen it first"));
    }

    @Test
    void documentsCannotBeAttachedAfterApproval() {
        given(
                        registered(),
                        attached(),
                        suggested(),
                        claimed(),
                        accepted(PNEUMONIA),
                        principal(PNEUMONIA),
                        submitted(),
                        approved())
                .when(new AttachClinicalDocument(
                        TENANT, ENC, new ClinicalDocument(DOC.id(), 2, "34117-2", DOC.text()), REGISTRAR, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("reopen it first"));
    }

    @Test
    void aSupervisorReopensApprovedCodingWithAReason() {
        given(
                        registered(),
                        attached(),
                        suggested(),
                        claimed(),
                        accepted(PNEUMONIA),
                        principal(PNEUMONIA),
                        submitted(),
                        approved())
                .when(new ReopenEncounter(TENANT, ENC, reason("payer query"), SUPERVISOR, null))
                .expectEvents(new EncounterReopened(TENANT, ENC, reason("payer query"), SUPERVISOR, T));
    }

    @Test
    void returnedCodingGoesBackToTheCoder() {
        given(
                        registered(),
                        attached(),
                        suggested(),
                        claimed(),
                        accepted(PNEUMONIA),
                        principal(PNEUMONIA),
                        submitted(),
                        new CodingReturned(TENANT, ENC, reason("add the diabetes"), SUPERVISOR, T))
                .when(new ClaimEncounter(TENANT, ENC, CODER, null))
                .expectEvents(claimed());
    }

    @Test
    void submittedCodingCannotBeChangedUntilReturned() {
        given(registered(), attached(), suggested(), claimed(), accepted(PNEUMONIA), principal(PNEUMONIA), submitted())
                .when(new AddCode(TENANT, ENC, HYPERTENSION, reason("late"), CODER, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("SUBMITTED"));
    }

    @Test
    void aRepeatedCommandWithTheSameIdempotencyKeyHasNoSecondEffect() {
        given(
                        registered(),
                        attached(),
                        suggested(),
                        claimed(),
                        withKey(new CodeAdded(TENANT, ENC, HYPERTENSION, reason("documented"), CODER, T), "k-42"))
                .when(new AddCode(TENANT, ENC, HYPERTENSION, reason("documented"), CODER, "k-42"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aNewIdempotencyKeyIsHandledAsANewCommand() {
        given(
                        registered(),
                        attached(),
                        suggested(),
                        claimed(),
                        withKey(new CodeAdded(TENANT, ENC, HYPERTENSION, reason("documented"), CODER, T), "k-42"))
                .when(new AddCode(TENANT, ENC, HYPERTENSION, reason("documented"), CODER, "k-43"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("already a final code"));
    }

    @Test
    void theIdempotencyKeyTravelsInTheEventMetadata() {
        given(registered(), attached(), suggested(), claimed())
                .when(new AddCode(TENANT, ENC, HYPERTENSION, reason("documented"), CODER, "k-7"))
                .expectEventsMatching(exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.predicate(
                                (org.axonframework.eventhandling.EventMessage<?> m) ->
                                        "k-7".equals(m.getMetaData().get("idempotencyKey"))),
                        andNoMore()));
    }

    @Test
    void sequencingMustKeepThePrincipalFirst() {
        given(
                        registered(),
                        attached(),
                        suggested(),
                        claimed(),
                        accepted(PNEUMONIA),
                        accepted(DIABETES_2),
                        principal(PNEUMONIA))
                .when(new SequenceCodes(TENANT, ENC, List.of(DIABETES_2, PNEUMONIA), CODER, null))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void removingThePrincipalClearsIt() {
        given(
                        registered(),
                        attached(),
                        suggested(),
                        claimed(),
                        accepted(PNEUMONIA),
                        principal(PNEUMONIA),
                        new CodeRemoved(TENANT, ENC, PNEUMONIA, null, CODER, T))
                .when(new SubmitCoding(TENANT, ENC, CODER, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("principal diagnosis"));
    }

    private org.axonframework.test.aggregate.TestExecutor<Encounter> given(Object... events) {
        return fixture.given(events).andGivenCurrentTime(T);
    }
}
