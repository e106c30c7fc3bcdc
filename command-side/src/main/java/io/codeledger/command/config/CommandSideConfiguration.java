package io.codeledger.command.config;

import io.codeledger.api.common.AggregateCommand;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring the aggregates need: how commands find their aggregate, and when encounters are snapshotted. */
@Configuration(proxyBeanMethods = false)
class CommandSideConfiguration {

    /** Every command names its aggregate (see {@link AggregateCommand}); no annotations on api records. */
    @Bean
    CommandTargetResolver aggregateCommandTargetResolver() {
        return command -> {
            if (command.getPayload() instanceof AggregateCommand target) {
                return new VersionedAggregateIdentifier(target.aggregateId(), null);
            }
            throw new IllegalArgumentException(
                    "command " + command.getPayloadType().getSimpleName() + " does not name its aggregate");
        };
    }

    /** An encounter is snapshotted every 50 events, so long-lived encounters still load fast. */
    @Bean
    SnapshotTriggerDefinition encounterSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 50);
    }
}
