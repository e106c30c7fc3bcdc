package io.codeledger.saga.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.DocumentId;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.*;
import io.codeledger.api.phi.DocumentText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuggestionRequesterTest {

    private static final ClinicalDocument DOC = new ClinicalDocument(
            DocumentId.of("D1"), 1, "34117-2", new DocumentText("Pneumonia of the right lower lobe."));
    private static final ClinicalDocumentAttached ATTACHED = new ClinicalDocumentAttached(
            TenantId.of("t1"), EncounterId.of("E1"), DOC, UserId.of("feed"), Instant.parse("2026-11-01T10:00:00Z"));

    private final List<Object> sent = new ArrayList<>();
    private DefaultCommandGateway commands;

    @BeforeEach
    void setUp() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(RecordCodeSuggestions.class.getName(), message -> {
            sent.add(message.getPayload());
            return null;
        });
        commands = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    @Test
    void suggestionsForAnAttachedDocumentAreRecordedWithTheModelHashAndAKeyPerDocumentVersion() {
        var suggestion = new CodeSuggestion(IcdCode.cm("J18.9"), 0.8, List.of(new EvidenceSpan(DOC.id(), 1, 0, 9)));
        new SuggestionRequester(
                        (tenant, document) -> new SuggestionPort.Batch(List.of(suggestion), "sha256:m", "v"), commands)
                .on(ATTACHED);
        assertThat(sent).singleElement().isInstanceOfSatisfying(RecordCodeSuggestions.class, r -> {
            assertThat(r.suggestions()).containsExactly(suggestion);
            assertThat(r.modelHash()).isEqualTo("sha256:m");
            assertThat(r.idempotencyKey()).isEqualTo("suggest-D1-v1-sha256:m");
        });
    }

    @Test
    void aModelFailureIsThrownSoTheEventIsDeadLettered() {
        var requester = new SuggestionRequester(
                (tenant, document) -> {
                    throw new IllegalStateException("model down");
                },
                commands);
        assertThatThrownBy(() -> requester.on(ATTACHED))
                .isInstanceOf(SuggestionsUnavailable.class)
                .hasMessageContaining("CL-SAGA-001")
                .hasMessageNotContaining("Pneumonia");
        assertThat(sent).isEmpty();
    }

    @Test
    void noSuggestionsMeansNoCommand() {
        new SuggestionRequester((tenant, document) -> new SuggestionPort.Batch(List.of(), "sha256:m", "v"), commands)
                .on(ATTACHED);
        assertThat(sent).isEmpty();
    }
}
