package io.codeledger.api.identity;

/** How a caller proved who it is. */
public enum AuthenticationMethod {
    /** A person: password plus RFC 6238 one-time code (MFA is mandatory). */
    PASSWORD_AND_TOTP,
    /** An integration service: OAuth2 client credentials with a client secret. */
    CLIENT_SECRET
}
