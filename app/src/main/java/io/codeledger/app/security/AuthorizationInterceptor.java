package io.codeledger.app.security;

import io.codeledger.api.encounter.EncounterCommand;
import io.codeledger.api.identity.EndSession;
import io.codeledger.api.security.AccessDenied;
import io.codeledger.api.security.Caller;
import io.codeledger.api.security.NotFoundForCaller;
import io.codeledger.api.security.TenantScoped;
import java.util.Set;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authorizes every command and query before its handler runs, from the {@link Origin} the dispatch
 * interceptor stamped: REST callers by tenant (a message for another tenant reads as not found)
 * and by role ({@link AccessPolicy}); anonymous requests only for logins; the CLI operator only in
 * a CLI process; the system (sagas, projections) always. A message with no origin is refused.
 */
final class AuthorizationInterceptor<M extends Message<?>> implements MessageHandlerInterceptor<M> {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationInterceptor.class);

    private final OperatorMode operatorMode;

    AuthorizationInterceptor(OperatorMode operatorMode) {
        this.operatorMode = operatorMode;
    }

    @Override
    public Object handle(UnitOfWork<? extends M> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        authorize(message.getPayload(), Origin.from(message.getMetaData()).orElse(null));
        return chain.proceed();
    }

    void authorize(Object payload, Origin origin) {
        String type = payload.getClass().getSimpleName();
        if (origin == null) {
            throw refused("CL-AUTH-010", type, "it was sent outside any authenticated context");
        }
        switch (origin.kind()) {
            case SYSTEM -> {}
            case OPERATOR -> {
                if (operatorMode.operator().isEmpty()) {
                    throw refused("CL-AUTH-011", type, "operator messages are accepted by CLI processes only");
                }
            }
            case ANONYMOUS -> {
                if (!AccessPolicy.ANONYMOUS.contains(payload.getClass())) {
                    throw refused("CL-AUTH-012", type, "it needs an authenticated caller");
                }
            }
            case REST -> authorizeCaller(payload, origin.caller());
        }
    }

    private static void authorizeCaller(Object payload, Caller caller) {
        if (!(payload instanceof TenantScoped scoped)) {
            throw refused("CL-AUTH-013", payload.getClass().getSimpleName(), "it names no tenant");
        }
        if (!scoped.tenantId().equals(caller.tenantId())) {
            log.warn(
                    "CL-AUTH-404 cross-tenant {} refused for user {} of tenant {}",
                    payload.getClass().getSimpleName(),
                    caller.userId(),
                    caller.tenantId());
            throw payload instanceof EncounterCommand ? NotFoundForCaller.encounter() : NotFoundForCaller.resource();
        }
        Set<io.codeledger.api.security.Role> allowed = AccessPolicy.rolesFor(payload.getClass())
                .orElseThrow(() -> refused("CL-AUTH-014", payload.getClass().getSimpleName(), "it has no access rule"));
        if (caller.roles().stream().noneMatch(allowed::contains)) {
            throw new AccessDenied(
                    "your roles do not allow " + payload.getClass().getSimpleName());
        }
        if (payload instanceof EndSession end && !end.username().userId().equals(caller.userId())) {
            throw new AccessDenied("a session can only be ended by its own user");
        }
    }

    private static AccessDenied refused(String code, String type, String why) {
        log.warn("{} {} refused: {}", code, type, why);
        return new AccessDenied(type + " is not allowed: " + why);
    }
}
