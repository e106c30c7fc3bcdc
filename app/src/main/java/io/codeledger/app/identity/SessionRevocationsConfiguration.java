package io.codeledger.app.identity;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** A failed session revocation is retried by its processor until it succeeds, never logged and skipped. */
@Configuration(proxyBeanMethods = false)
class SessionRevocationsConfiguration {

    @Autowired
    void propagateErrors(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(
                SessionRevocations.GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
