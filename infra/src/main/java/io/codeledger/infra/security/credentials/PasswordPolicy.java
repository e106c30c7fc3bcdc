package io.codeledger.infra.security.credentials;

import io.codeledger.api.common.DomainRuleViolation;
import java.util.Locale;

/**
 * What a password must be (NIST SP 800-63B: length over composition rules): 12 to 128 characters,
 * not containing the username. Messages state the rule, never the password.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new DomainRuleViolation(
                    "CL-USR-010", "a password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new DomainRuleViolation("CL-USR-011", "a password must not contain the username");
        }
    }
}
