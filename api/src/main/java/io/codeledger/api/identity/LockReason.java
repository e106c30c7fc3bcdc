package io.codeledger.api.identity;

/** Why an account was locked. */
public enum LockReason {
    /** An administrator locked it; it stays locked until unlocked. */
    ADMINISTRATOR,
    /** Too many failed logins or one-time codes within the window; it unlocks when the lockout ends. */
    FAILED_LOGINS
}
