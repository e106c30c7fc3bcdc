package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.phi.TotpSecret;

/** Enrol (or reset) the account's TOTP authenticator with a freshly generated secret. */
public record EnrolTotp(TenantId tenantId, Username username, TotpSecret secret, UserId actor)
        implements UserAccountCommand {}
