package io.codeledger.app.security;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the origin stamp and the authorization check on the command and query buses themselves (not
 * only the gateways), so every command and query is checked, however it is sent.
 */
@Configuration(proxyBeanMethods = false)
class AxonSecurityConfiguration {

    @Bean
    InitializingBean messageAuthorization(CommandBus commands, QueryBus queries, OperatorMode operatorMode) {
        return () -> {
            commands.registerDispatchInterceptor(new OriginDispatchInterceptor<CommandMessage<?>>(operatorMode));
            commands.registerHandlerInterceptor(new AuthorizationInterceptor<CommandMessage<?>>(operatorMode));
            queries.registerDispatchInterceptor(new OriginDispatchInterceptor<QueryMessage<?, ?>>(operatorMode));
            queries.registerHandlerInterceptor(new AuthorizationInterceptor<QueryMessage<?, ?>>(operatorMode));
        };
    }
}
