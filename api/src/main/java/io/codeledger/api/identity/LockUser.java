package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** Lock the account until an administrator unlocks it; its open sessions end. */
public record LockUser(TenantId tenantId, Username username, UserId actor) implements UserAccountCommand {}
