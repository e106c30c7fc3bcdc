package io.codeledger.command.tenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.common.UserId;
import io.codeledger.api.tenant.*;
import io.codeledger.api.tenant.ConfigureTenant;
import io.codeledger.api.tenant.CreateTenant;
import io.codeledger.api.tenant.TenantConfigured;
import io.codeledger.api.tenant.TenantCreated;
import io.codeledger.api.tenant.TenantSettings;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A tenant: its name and coding settings. Creating an existing tenant has no effect. */
@Aggregate(commandTargetResolver = "aggregateCommandTargetResolver")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Tenant {

    @AggregateIdentifier
    private String id;

    private TenantSettings settings;
    private boolean legalHold;
    private boolean shredded;

    Tenant() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(CreateTenant cmd) {
        if (id != null) {
            return false;
        }
        String name = cmd.displayName() == null || cmd.displayName().isBlank()
                ? cmd.tenantId().value()
                : cmd.displayName();
        apply(new TenantCreated(
                cmd.tenantId(), name, TenantSettings.defaults(), cmd.actor(), GenericEventMessage.clock.instant()));
        return true;
    }

    @CommandHandler
    void handle(ConfigureTenant cmd) {
        TenantSettings s = cmd.settings();
        if (s == null
                || s.claimEscalationAfter() == null
                || s.claimEscalationAfter().isNegative()
                || s.claimEscalationAfter().isZero()) {
            throw new DomainRuleViolation("CL-TEN-001", "claimEscalationAfter must be a positive duration");
        }
        if (s.minimumConfidence() < 0 || s.minimumConfidence() > 1 || s.maxSuggestions() < 1) {
            throw new DomainRuleViolation(
                    "CL-TEN-001", "minimumConfidence must be within 0..1 and maxSuggestions at least 1");
        }
        apply(new TenantConfigured(cmd.tenantId(), s, cmd.actor(), GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(PlaceLegalHold cmd) {
        if (legalHold) {
            return;
        }
        apply(new LegalHoldPlaced(cmd.tenantId(), cmd.matter(), cmd.actor(), GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(LiftLegalHold cmd) {
        if (!legalHold) {
            return;
        }
        apply(new LegalHoldLifted(cmd.tenantId(), cmd.actor(), GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(ShredTenantPhi cmd, TenantKeyOperations keys) {
        UserId approver = cmd.approvedBy();
        if (approver == null || approver.equals(cmd.actor())) {
            throw new DomainRuleViolation(
                    "CL-TEN-002",
                    "two-person rule: shredding needs the approval of a second administrator, not the requester");
        }
        if (legalHold) {
            throw new DomainRuleViolation(
                    "CL-TEN-003",
                    "the tenant is under legal hold; its PHI cannot be shredded until the hold is lifted");
        }
        if (shredded) {
            return;
        }
        keys.shred(cmd.tenantId());
        apply(new TenantPhiShredded(cmd.tenantId(), approver, cmd.actor(), GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    int handle(RotateTenantKeys cmd, TenantKeyOperations keys) {
        if (shredded) {
            throw new DomainRuleViolation(
                    "CL-TEN-004", "the tenant's PHI keys were shredded; there is nothing to rotate");
        }
        int version = keys.rotate(cmd.tenantId());
        apply(new TenantKeysRotated(cmd.tenantId(), version, cmd.actor(), GenericEventMessage.clock.instant()));
        return version;
    }

    @CommandHandler
    void handle(RecordAccessReview cmd) {
        apply(new AccessReviewRecorded(cmd.tenantId(), cmd.users(), cmd.actor(), GenericEventMessage.clock.instant()));
    }

    @EventSourcingHandler
    void on(LegalHoldPlaced e) {
        legalHold = true;
    }

    @EventSourcingHandler
    void on(LegalHoldLifted e) {
        legalHold = false;
    }

    @EventSourcingHandler
    void on(TenantPhiShredded e) {
        shredded = true;
    }

    @EventSourcingHandler
    void on(TenantCreated e) {
        id = AggregateIds.tenant(e.tenantId());
        settings = e.settings();
    }

    @EventSourcingHandler
    void on(TenantConfigured e) {
        settings = e.settings();
    }
}
