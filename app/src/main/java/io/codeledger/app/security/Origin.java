package io.codeledger.app.security;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.Caller;
import io.codeledger.api.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.MetaData;

/**
 * Where a command or query came from, as the dispatch interceptor wrote it into the message's
 * metadata: an authenticated REST caller (with tenant and roles), an unauthenticated REST request
 * (only logins may be), the trusted local CLI operator, or the system itself reacting to recorded
 * events. The handler interceptor authorizes on this, never on anything the payload claims.
 */
record Origin(Kind kind, Caller caller) {

    /** The kinds of origin. */
    enum Kind {
        REST,
        ANONYMOUS,
        OPERATOR,
        SYSTEM
    }

    static final String KIND = "cl.origin";
    static final String TENANT = "cl.tenant";
    static final String USER = "cl.user";
    static final String ROLES = "cl.roles";
    static final List<String> KEYS = List.of(KIND, TENANT, USER, ROLES);

    static Origin rest(Caller caller) {
        return new Origin(Kind.REST, caller);
    }

    static Origin anonymous() {
        return new Origin(Kind.ANONYMOUS, null);
    }

    static Origin operator(UserId operator) {
        return new Origin(Kind.OPERATOR, new Caller(null, operator, Set.of()));
    }

    static Origin system() {
        return new Origin(Kind.SYSTEM, null);
    }

    Map<String, String> toMetaData() {
        Map<String, String> map = new HashMap<>();
        map.put(KIND, kind.name());
        if (caller != null) {
            map.put(USER, caller.userId().value());
            if (caller.tenantId() != null) {
                map.put(TENANT, caller.tenantId().value());
            }
            map.put(ROLES, caller.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        return map;
    }

    static Optional<Origin> from(MetaData metaData) {
        Object kind = metaData.get(KIND);
        if (!(kind instanceof String name)) {
            return Optional.empty();
        }
        Kind parsed = Kind.valueOf(name);
        Object user = metaData.get(USER);
        if (user == null) {
            return Optional.of(new Origin(parsed, null));
        }
        Object tenant = metaData.get(TENANT);
        return Optional.of(new Origin(
                parsed,
                new Caller(
                        tenant == null ? null : TenantId.of(tenant.toString()),
                        UserId.of(user.toString()),
                        roles(String.valueOf(metaData.get(ROLES))))));
    }

    private static Set<Role> roles(String joined) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(joined.split(","))
                .filter(r -> !r.isBlank() && !r.equals("null"))
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }
}
