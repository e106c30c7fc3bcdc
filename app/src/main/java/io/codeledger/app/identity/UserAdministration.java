package io.codeledger.app.identity;

import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.identity.*;
import io.codeledger.api.phi.TotpSecret;
import io.codeledger.api.security.Role;
import io.codeledger.api.tenant.CreateTenant;
import io.codeledger.infra.identity.UsernameClaims;
import io.codeledger.infra.security.credentials.PasswordPolicy;
import io.codeledger.infra.security.credentials.TotpCodes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Managing accounts: add a person (password checked against the policy and hashed here, TOTP
 * secret generated and shown once as a provisioning URI) or an integration client (a generated
 * client secret, shown once), and lock, unlock, grant, revoke, deactivate, reset MFA or set a new
 * password. Accounts are found by their globally unique username; an expected tenant that does not
 * match reads as an unknown user.
 */
@Service
public class UserAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandGateway commands;
    private final UsernameClaims usernames;
    private final PasswordEncoder encoder;
    private final TotpCodes totp;

    UserAdministration(CommandGateway commands, UsernameClaims usernames, PasswordEncoder encoder, TotpCodes totp) {
        this.commands = commands;
        this.usernames = usernames;
        this.encoder = encoder;
        this.totp = totp;
    }

    /** What a new account's holder must be given, once: a provisioning URI or a client secret. */
    public record Enrolment(Username username, String totpUri, String clientSecret) {}

    public Enrolment addUser(TenantId tenant, Username username, Set<Role> roles, String password, UserId actor) {
        boolean client = roles.contains(Role.INTEGRATION_SERVICE);
        if (!client) {
            PasswordPolicy.check(password, username.value());
        }
        commands.sendAndWait(new CreateTenant(tenant, tenant.value(), actor));
        commands.sendAndWait(new RegisterUser(tenant, username, roles, actor));
        if (client) {
            String secret = newClientSecret();
            commands.sendAndWait(new SetPassword(tenant, username, hash(secret), actor));
            return new Enrolment(username, null, secret);
        }
        commands.sendAndWait(new SetPassword(tenant, username, hash(password), actor));
        return new Enrolment(username, enrolTotp(tenant, username, actor), null);
    }

    /** A new TOTP secret for a person who lost their authenticator; returns the provisioning URI. */
    public String resetMfa(Username username, Optional<TenantId> expected, UserId actor) {
        return enrolTotp(tenantOf(username, expected), username, actor);
    }

    public void setPassword(Username username, Optional<TenantId> expected, String password, UserId actor) {
        PasswordPolicy.check(password, username.value());
        commands.sendAndWait(new SetPassword(tenantOf(username, expected), username, hash(password), actor));
    }

    public void lock(Username username, Optional<TenantId> expected, UserId actor) {
        commands.sendAndWait(new LockUser(tenantOf(username, expected), username, actor));
    }

    public void unlock(Username username, Optional<TenantId> expected, UserId actor) {
        commands.sendAndWait(new UnlockUser(tenantOf(username, expected), username, actor));
    }

    public void grant(Username username, Optional<TenantId> expected, Role role, UserId actor) {
        commands.sendAndWait(new GrantRole(tenantOf(username, expected), username, role, actor));
    }

    public void revoke(Username username, Optional<TenantId> expected, Role role, UserId actor) {
        commands.sendAndWait(new RevokeRole(tenantOf(username, expected), username, role, actor));
    }

    public void deactivate(Username username, Optional<TenantId> expected, UserId actor) {
        commands.sendAndWait(new DeactivateUser(tenantOf(username, expected), username, actor));
    }

    /** The tenant holding the username; a mismatch with {@code expected} is "no such user". */
    public TenantId tenantOf(Username username, Optional<TenantId> expected) {
        return usernames
                .tenantOf(username)
                .filter(t -> expected.map(t::equals).orElse(true))
                .orElseThrow(() -> new DomainRuleViolation("CL-USR-404", "no such user"));
    }

    private String enrolTotp(TenantId tenant, Username username, UserId actor) {
        TotpSecret secret = totp.newSecret();
        commands.sendAndWait(new EnrolTotp(tenant, username, secret, actor));
        return totp.provisioningUri(username.value(), secret);
    }

    private PasswordHash hash(String secret) {
        return new PasswordHash(encoder.encode(secret));
    }

    private static String newClientSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
