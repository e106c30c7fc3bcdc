package io.codeledger.app.security;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.Caller;
import io.codeledger.api.security.Role;
import io.codeledger.infra.security.jwt.AccessTokens;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The authenticated caller of the current request, read from its validated access token only. */
public final class Callers {

    private Callers() {}

    /** The caller of the current thread's request, if it presented a valid access token. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
            return Optional.of(of(token.getToken()));
        }
        return Optional.empty();
    }

    static Caller of(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> names = jwt.getClaimAsStringList(AccessTokens.ROLES);
        if (names != null) {
            for (String name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return new Caller(TenantId.of(jwt.getClaimAsString(AccessTokens.TENANT)), UserId.of(jwt.getSubject()), roles);
    }

    /** The session an access token belongs to. */
    static String sessionOf(Jwt jwt) {
        return jwt.getClaimAsString(AccessTokens.SESSION);
    }
}
