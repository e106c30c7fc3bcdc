package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** Set (or replace) the account's password or, for an integration client, its client secret; only the hash travels. */
public record SetPassword(TenantId tenantId, Username username, PasswordHash hash, UserId actor)
        implements UserAccountCommand {}
