package io.codeledger.command.identity;

import java.time.Duration;

/**
 * The login rules an account enforces: {@code maxFailures} failed logins or one-time codes within
 * {@code failureWindow} lock it for {@code lockoutDuration}; a session unused for {@code
 * idleTimeout} cannot be refreshed.
 */
public record AuthenticationPolicy(
        int maxFailures, Duration failureWindow, Duration lockoutDuration, Duration idleTimeout) {

    /** The defaults of docs/security.md: 5 failures in 15 minutes lock for 30 minutes; 15 minutes idle. */
    public static AuthenticationPolicy defaults() {
        return new AuthenticationPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofMinutes(15));
    }
}
