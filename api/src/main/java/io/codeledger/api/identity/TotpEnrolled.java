package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.phi.TotpSecret;
import java.time.Instant;

/** A TOTP authenticator was enrolled; the secret is sealed like PHI. */
public record TotpEnrolled(TenantId tenantId, Username username, TotpSecret secret, UserId actor, Instant at)
        implements UserAccountEvent {}
