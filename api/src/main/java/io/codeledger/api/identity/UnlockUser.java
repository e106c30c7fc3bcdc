package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** Unlock the account and clear its failed-login count. */
public record UnlockUser(TenantId tenantId, Username username, UserId actor) implements UserAccountCommand {}
