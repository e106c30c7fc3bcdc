package io.codeledger.api.identity;

import io.codeledger.api.phi.Phi;

/**
 * A password or client secret as a one-way hash in Spring Security's encoded form (for example
 * {@code {argon2@SpringSecurity_v5_8}$argon2id$...}). Never the secret itself. It is sealed like PHI
 * under the tenant's key, so a copy of the event store gives nothing to crack offline and shredding
 * the tenant also ends its logins.
 */
public record PasswordHash(String value) implements Phi {

    public PasswordHash {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a password hash must not be empty");
        }
    }

    public static PasswordHash shreddedValue() {
        return new PasswordHash(SHREDDED);
    }

    @Override
    public boolean shredded() {
        return SHREDDED.equals(value);
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
