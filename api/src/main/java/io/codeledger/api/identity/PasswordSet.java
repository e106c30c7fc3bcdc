package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** The account's password (or client secret) was set; the event holds only its sealed hash. */
public record PasswordSet(TenantId tenantId, Username username, PasswordHash hash, UserId actor, Instant at)
        implements UserAccountEvent {}
