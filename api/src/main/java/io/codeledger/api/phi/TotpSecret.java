package io.codeledger.api.phi;

/**
 * The shared secret of a user's RFC 6238 authenticator (base32). Not health information, but as
 * sensitive: it is sealed exactly like PHI under the tenant's key wherever it is stored, and
 * crypto-shredding the tenant destroys it. Never printed; the user sees it once, as the
 * provisioning URI.
 */
public record TotpSecret(String value) implements Phi {

    public TotpSecret {
        if (value == null || value.isBlank()) {
            throw new InvalidPhi("totp secret", "a base32 secret");
        }
    }

    public static TotpSecret shreddedValue() {
        return new TotpSecret(SHREDDED);
    }

    @Override
    public boolean shredded() {
        return SHREDDED.equals(value);
    }

    @Override
    public String toString() {
        return "TotpSecret[redacted]";
    }
}
