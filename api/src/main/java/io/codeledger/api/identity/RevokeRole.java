package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.Role;

/** Revoke a role from the account; its open sessions end. */
public record RevokeRole(TenantId tenantId, Username username, Role role, UserId actor) implements UserAccountCommand {}
