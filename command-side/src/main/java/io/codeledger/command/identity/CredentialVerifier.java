package io.codeledger.command.identity;

import io.codeledger.api.identity.PasswordHash;
import io.codeledger.api.identity.PresentedSecret;
import io.codeledger.api.phi.TotpSecret;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Checks presented credentials against what the account holds. Implemented by the application with
 * Spring Security's password encoders and an RFC 6238 library; the aggregate decides what a
 * mismatch means (a failure, a lockout).
 */
public interface CredentialVerifier {

    /** Whether {@code presented} is the secret whose hash is {@code hash} (constant-time). */
    boolean passwordMatches(PresentedSecret presented, PasswordHash hash);

    /**
     * The RFC 6238 time step at which {@code code} is valid for {@code secret} around {@code now}
     * (allowing one step of clock drift each way), or empty if it is not valid.
     */
    OptionalLong totpStep(TotpSecret secret, PresentedSecret code, Instant now);
}
