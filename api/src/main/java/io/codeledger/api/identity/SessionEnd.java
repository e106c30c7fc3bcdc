package io.codeledger.api.identity;

/** Why a session (refresh-token family) ended. */
public enum SessionEnd {
    LOGOUT,
    /** A spent refresh token was presented again: the whole family is revoked. */
    REUSE_DETECTED,
    /** Unused for longer than the idle time-out. */
    IDLE,
    /** The refresh token's lifetime ran out. */
    EXPIRED
}
