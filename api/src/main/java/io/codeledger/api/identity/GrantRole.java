package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.Role;

/** Grant a role to the account. */
public record GrantRole(TenantId tenantId, Username username, Role role, UserId actor) implements UserAccountCommand {}
