package io.codeledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.DocumentId;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.*;
import io.codeledger.api.phi.DocumentText;
import io.codeledger.api.phi.FreeText;
import io.codeledger.api.phi.PatientDemographics;
import io.codeledger.api.query.*;
import io.codeledger.api.tenant.CreateTenant;
import io.codeledger.app.platform.Platform;
import io.codeledger.app.platform.ProjectionSync;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The auditor's questions against the real event store: timeline, state as of an instant, why a code is there. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailTest {

    private static final TenantId T = TenantId.of("audit");
    private static final EncounterId E = EncounterId.of("AUD-1");
    private static final UserId CODER = UserId.of("coder-ann");
    private static final UserId SUPERVISOR = UserId.of("sup-bo");
    private static final String NOTE =
            "Community acquired pneumonia of the right lower lobe. Type 2 diabetes mellitus.";

    @TempDir
    static Path dataDir;

    private Platform platform;
    private CommandGateway commands;
    private QueryGateway queries;
    private Instant beforeRegistration;
    private Instant whileInCoding;

    @BeforeAll
    void codeAnEncounter() throws Exception {
        // the exact event sequence is asserted: the coding workflow must not add suggestions of its own
        platform = Platform.start(dataDir, "codeledger.coding.auto-suggest=false");
        commands = platform.bean(CommandGateway.class);
        queries = platform.bean(QueryGateway.class);
        commands.sendAndWait(new CreateTenant(T, "audit", UserId.of("admin")));
        beforeRegistration = Instant.now();
        Thread.sleep(5);
        commands.sendAndWait(new RegisterEncounter(
                T,
                E,
                new PatientDemographics("MRN-A1", "Audit Testpatient", "1950-01-01"),
                EncounterType.INPATIENT,
                "North",
                Instant.parse("2026-10-01T08:00:00Z"),
                Instant.parse("2026-10-04T12:00:00Z"),
                "Dr. A",
                List.of(new ClinicalDocument(DocumentId.of("D1"), 1, "34117-2", new DocumentText(NOTE))),
                UserId.of("feed"),
                null));
        commands.sendAndWait(new RecordCodeSuggestions(
                T,
                E,
                List.of(
                        new CodeSuggestion(
                                IcdCode.cm("J18.9"), 0.91, List.of(new EvidenceSpan(DocumentId.of("D1"), 1, 0, 52))),
                        new CodeSuggestion(
                                IcdCode.cm("E10.9"), 0.40, List.of(new EvidenceSpan(DocumentId.of("D1"), 1, 54, 78)))),
                "sha256:feedbeef",
                "ICD10CM-FY2026+ICD10PCS-FY2026",
                UserId.of("model-serving"),
                null));
        commands.sendAndWait(new ClaimEncounter(T, E, CODER, null));
        commands.sendAndWait(new AcceptCodeSuggestion(T, E, IcdCode.cm("J18.9"), CODER, null));
        Thread.sleep(5);
        whileInCoding = Instant.now();
        Thread.sleep(5);
        commands.sendAndWait(new RejectCodeSuggestion(
                T,
                E,
                IcdCode.cm("E10.9"),
                RejectionReason.MORE_SPECIFIC_CODE_AVAILABLE,
                FreeText.of("type 2 documented"),
                CODER,
                null));
        commands.sendAndWait(new AddCode(T, E, IcdCode.cm("E11.9"), FreeText.of("type 2 per note"), CODER, null));
        commands.sendAndWait(new SetPrincipalDiagnosis(T, E, IcdCode.cm("J18.9"), CODER, null));
        commands.sendAndWait(new SubmitCoding(T, E, CODER, null));
        commands.sendAndWait(new ApproveCoding(T, E, SUPERVISOR, null));
        platform.bean(ProjectionSync.class).awaitCaughtUp(Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() {
        platform.close();
    }

    private EncounterHistory history(Instant asOf) {
        return queries.query(new FindEncounterHistory(T, E, asOf), EncounterHistory.class)
                .join();
    }

    @Test
    void theTimelineListsEveryEventInOrderWithActorAndAPlainDescription() {
        List<HistoryEntry> entries = history(null).entries();
        assertThat(entries)
                .extracting(HistoryEntry::type)
                .containsExactly(
                        "EncounterRegistered",
                        "ClinicalDocumentAttached",
                        "CodeSuggestionsRecorded",
                        "EncounterClaimed",
                        "CodeSuggestionAccepted",
                        "CodeSuggestionRejected",
                        "CodeAdded",
                        "PrincipalDiagnosisSet",
                        "CodingSubmitted",
                        "CodingApproved");
        assertThat(entries).extracting(HistoryEntry::sequence).isSorted();
        assertThat(entries.get(5).description()).contains("E10.9").contains("MORE_SPECIFIC_CODE_AVAILABLE");
        assertThat(entries.get(9).actor()).isEqualTo(SUPERVISOR);
    }

    @Test
    void theTimelineHoldsNoPhi() {
        assertThat(history(null).entries().toString())
                .doesNotContain("Testpatient")
                .doesNotContain("pneumonia of the")
                .doesNotContain("type 2 documented");
    }

    @Test
    void nothingHadHappenedBeforeRegistration() {
        assertThat(history(beforeRegistration).entries()).isEmpty();
        assertThat(queries.query(
                                new FindEncounterStateAsOf(T, E, beforeRegistration),
                                ResponseTypes.optionalInstanceOf(EncounterState.class))
                        .join())
                .isEmpty();
    }

    @Test
    void theStateAsOfAnInstantIsReplayedFromTheEventsUpToThen() {
        Optional<EncounterState> then = queries.query(
                        new FindEncounterStateAsOf(T, E, whileInCoding),
                        ResponseTypes.optionalInstanceOf(EncounterState.class))
                .join();
        assertThat(then).hasValueSatisfying(state -> {
            assertThat(state.status()).isEqualTo(EncounterStatus.IN_CODING);
            assertThat(state.finalCodes()).containsExactly(IcdCode.cm("J18.9"));
            assertThat(state.principalDiagnosis()).isNull();
            assertThat(state.modelHashes()).containsExactly("sha256:feedbeef");
            assertThat(state.eventsApplied()).isEqualTo(5);
        });
        EncounterState now = queries.query(
                        new FindEncounterStateAsOf(T, E, Instant.now()),
                        ResponseTypes.optionalInstanceOf(EncounterState.class))
                .join()
                .orElseThrow();
        assertThat(now.status()).isEqualTo(EncounterStatus.APPROVED);
        assertThat(now.finalCodes()).containsExactly(IcdCode.cm("J18.9"), IcdCode.cm("E11.9"));
    }

    @Test
    void whyACodeIsThereNamesTheModelTheEvidenceTheCoderAndTheApprover() {
        CodeExplanation why = queries.query(
                        new ExplainCode(T, E, IcdCode.cm("J18.9")),
                        ResponseTypes.optionalInstanceOf(CodeExplanation.class))
                .join()
                .orElseThrow();
        assertThat(why.finalCode()).isTrue();
        assertThat(why.chain())
                .extracting(HistoryEntry::type)
                .containsSubsequence("CodeSuggestionsRecorded", "CodeSuggestionAccepted", "CodingApproved");
        assertThat(why.chain().get(0).description())
                .contains("sha256:feedbeef")
                .contains("0.91")
                .contains("document D1 v1 characters 0-52");
        assertThat(why.chain()).anySatisfy(e -> assertThat(e.actor()).isEqualTo(CODER));
        assertThat(why.chain()).anySatisfy(e -> assertThat(e.actor()).isEqualTo(SUPERVISOR));
    }

    @Test
    void aCodeThatWasNeverFinalHasNoExplanation() {
        assertThat(queries.query(
                                new ExplainCode(T, E, IcdCode.cm("E10.9")),
                                ResponseTypes.optionalInstanceOf(CodeExplanation.class))
                        .join())
                .isEmpty();
    }

    @Test
    void anotherTenantCannotSeeTheEncounter() {
        assertThat(queries.query(new FindEncounterHistory(TenantId.of("other"), E, null), EncounterHistory.class)
                        .join()
                        .entries())
                .isEmpty();
        assertThat(queries.query(
                                new FindEncounter(TenantId.of("other"), E),
                                ResponseTypes.optionalInstanceOf(EncounterDetails.class))
                        .join())
                .isEmpty();
    }

    @Test
    void metricsCountDecisionsOverridesReasonsAndTimeToApproval() {
        CoderMetricsReport report =
                queries.query(new FindCoderMetrics(T), CoderMetricsReport.class).join();
        CodingMetrics coder = report.coders().stream()
                .filter(c -> c.coder().equals(CODER))
                .findFirst()
                .orElseThrow();
        assertThat(coder.encountersCoded()).isEqualTo(1);
        assertThat(coder.suggestionsAccepted()).isEqualTo(1);
        assertThat(coder.suggestionsRejected()).isEqualTo(1);
        assertThat(coder.codesAdded()).isEqualTo(1);
        assertThat(coder.acceptanceRate()).isEqualTo(0.5);
        assertThat(coder.overrideRate()).isEqualTo(0.667);
        assertThat(coder.topRejectionReasons())
                .extracting(CodingMetrics.ReasonCount::reason)
                .containsExactly(RejectionReason.MORE_SPECIFIC_CODE_AVAILABLE);
        assertThat(coder.medianHoursDischargeToApproval()).isPositive();
        assertThat(report.tenant().encountersCoded()).isEqualTo(1);
    }

    @Test
    void theEncounterViewQuotesTheEvidence() {
        EncounterDetails view = queries.query(
                        new FindEncounter(T, E), ResponseTypes.optionalInstanceOf(EncounterDetails.class))
                .join()
                .orElseThrow();
        assertThat(view.suggestions().get(0).evidence().get(0).quote().value())
                .isEqualTo("Community acquired pneumonia of the right lower lobe");
        assertThat(view.status()).isEqualTo(EncounterStatus.APPROVED);
    }
}
