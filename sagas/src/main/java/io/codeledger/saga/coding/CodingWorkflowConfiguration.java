package io.codeledger.saga.coding;

import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Coding workflow settings ({@code codeledger.coding.*}) and the suggestion group's dead-letter
 * policy.
 */
@Configuration(proxyBeanMethods = false)
class CodingWorkflowConfiguration {

    @Bean
    CodingSagaSettings codingSagaSettings(
            @Value("${codeledger.coding.max-attempts:5}") int maxAttempts,
            @Value("${codeledger.coding.first-retry-after:PT5S}") Duration firstRetryAfter,
            @Value("${codeledger.coding.claim-escalation-after:PT48H}") Duration claimEscalationAfter) {
        return new CodingSagaSettings(maxAttempts, firstRetryAfter, claimEscalationAfter);
    }

    @Bean
    ConfigurerModule suggestionDeadLetterPolicy() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerDeadLetterPolicy(
                SuggestionRequester.GROUP, configuration -> SuggestionRetries.countingPolicy()));
    }
}
