package io.codeledger.saga.coding;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.CodeSuggestionsRecorded;
import io.codeledger.api.encounter.CodingSubmitted;
import io.codeledger.api.encounter.EncounterClaimed;
import io.codeledger.api.encounter.EscalateUnclaimedEncounter;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Watches a suggested encounter until a coder claims it: if nobody claims it within the configured
 * time, it is escalated ({@code UnclaimedEncounterEscalated}). Claiming or submitting ends the
 * watch. Holds ids only, never PHI.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class CodingSaga {

    static final String ASSOCIATION = "aggregateId";
    static final String ESCALATE = "claim-escalation";
    public static final UserId ACTOR = UserId.of("coding-workflow");

    @Autowired
    private transient CommandGateway commands;

    @Autowired
    private transient DeadlineManager deadlines;

    @Autowired
    private transient CodingSagaSettings settings;

    private TenantId tenantId;
    private EncounterId encounterId;
    private String escalationId;

    @StartSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(CodeSuggestionsRecorded event) {
        tenantId = event.tenantId();
        encounterId = event.encounterId();
        if (escalationId == null) {
            escalationId = deadlines.schedule(settings.claimEscalationAfter(), ESCALATE);
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(EncounterClaimed event) {
        deadlines.cancelAllWithinScope(ESCALATE);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(CodingSubmitted event) {
        deadlines.cancelAllWithinScope(ESCALATE);
    }

    @DeadlineHandler(deadlineName = ESCALATE)
    void escalate() {
        escalationId = null;
        commands.send(new EscalateUnclaimedEncounter(
                tenantId, encounterId, settings.claimEscalationAfter(), ACTOR, "escalate-" + encounterId));
        SagaLifecycle.end();
    }
}
