package io.codeledger.api.identity;

/** Why a login was refused (recorded in the event; the caller only hears "not accepted"). */
public enum LoginFailure {
    BAD_PASSWORD,
    MISSING_TOTP,
    BAD_TOTP,
    /** A one-time code that was already used for a login. */
    REPLAYED_TOTP,
    LOCKED,
    DEACTIVATED,
    /** No password or no authenticator enrolled yet. */
    NOT_ENROLLED,
    /** A person tried the client-credentials grant, or a machine client the interactive login. */
    WRONG_METHOD
}
