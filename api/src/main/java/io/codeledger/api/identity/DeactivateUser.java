package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** Deactivate the account for good (the username stays taken); its open sessions end. */
public record DeactivateUser(TenantId tenantId, Username username, UserId actor) implements UserAccountCommand {}
