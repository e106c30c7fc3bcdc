package io.codeledger.command.identity;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.codeledger.api.identity.LoginFailure;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

/**
 * Recent failed logins and the lockout they caused. Only failures of the credentials themselves
 * count (password, missing, wrong or replayed one-time code); attempts on a locked account do not
 * extend the lock.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
final class LoginAttempts {

    static final Set<LoginFailure> COUNTED = EnumSet.of(
            LoginFailure.BAD_PASSWORD, LoginFailure.MISSING_TOTP, LoginFailure.BAD_TOTP, LoginFailure.REPLAYED_TOTP);

    private final Deque<Instant> failures = new ArrayDeque<>();
    private boolean locked;
    private Instant lockedUntil;
    private long lastTotpStep;

    /** Whether the account is locked at {@code now} (an administrator's lock never ends by itself). */
    boolean lockedAt(Instant now) {
        return locked && (lockedUntil == null || now.isBefore(lockedUntil));
    }

    /** Whether a lockout ended by time and should be recorded as such. */
    boolean lockoutExpiredAt(Instant now) {
        return locked && lockedUntil != null && !now.isBefore(lockedUntil);
    }

    /** Whether one more counted failure at {@code now} reaches the limit within the window. */
    boolean reachesLimit(AuthenticationPolicy policy, Instant now) {
        Instant since = now.minus(policy.failureWindow());
        long recent = failures.stream().filter(t -> t.isAfter(since)).count();
        return recent + 1 >= policy.maxFailures();
    }

    boolean isReplay(long step) {
        return step <= lastTotpStep;
    }

    void failed(LoginFailure reason, Instant at) {
        if (COUNTED.contains(reason)) {
            failures.addLast(at);
            while (failures.size() > 50) {
                failures.removeFirst();
            }
        }
    }

    void succeeded(long totpStep) {
        failures.clear();
        lastTotpStep = Math.max(lastTotpStep, totpStep);
    }

    void locked(Instant until) {
        locked = true;
        lockedUntil = until;
    }

    void unlocked() {
        locked = false;
        lockedUntil = null;
        failures.clear();
    }

    boolean locked() {
        return locked;
    }
}
