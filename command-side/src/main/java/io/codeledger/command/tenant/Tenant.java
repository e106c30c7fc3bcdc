package io.codeledger.command.tenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.DomainRuleViolation;
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
