package io.codeledger.app.security;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Stamps every command and query with its {@link Origin}, worked out from where it is dispatched,
 * and drops any origin the sender put there itself:
 *
 * <ol>
 *   <li>inside a command or query handler: the origin of that message (same authority);
 *   <li>inside an event or deadline handler (a saga, a projection): the system;
 *   <li>on a request thread with a validated access token: that caller;
 *   <li>on a request thread without one: anonymous (only logins are allowed);
 *   <li>in a CLI process: the local operator;
 *   <li>otherwise: no origin, which the handler interceptor refuses.
 * </ol>
 */
final class OriginDispatchInterceptor<M extends Message<?>> implements MessageDispatchInterceptor<M> {

    private final OperatorMode operatorMode;

    OriginDispatchInterceptor(OperatorMode operatorMode) {
        this.operatorMode = operatorMode;
    }

    @Override
    @SuppressWarnings("unchecked")
    public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
        MetaData origin = MetaData.from(current());
        return (index, message) ->
                (M) message.withMetaData(message.getMetaData().withoutKeys(new java.util.HashSet<>(Origin.KEYS)))
                        .andMetaData(origin);
    }

    private java.util.Map<String, ?> current() {
        if (CurrentUnitOfWork.isStarted()) {
            Message<?> handled = CurrentUnitOfWork.get().getMessage();
            if (handled instanceof CommandMessage<?> || handled instanceof QueryMessage<?, ?>) {
                return Origin.from(handled.getMetaData())
                        .map(Origin::toMetaData)
                        .orElse(java.util.Map.of());
            }
            if (handled instanceof EventMessage<?>) {
                return Origin.system().toMetaData();
            }
        }
        var caller = Callers.current();
        if (caller.isPresent()) {
            return Origin.rest(caller.get()).toMetaData();
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return Origin.anonymous().toMetaData();
        }
        return operatorMode
                .operator()
                .map(op -> Origin.operator(op).toMetaData())
                .orElse(java.util.Map.of());
    }
}
