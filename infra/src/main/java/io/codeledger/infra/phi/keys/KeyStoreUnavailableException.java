package io.codeledger.infra.phi.keys;

/**
 * The key store cannot be reached or read (Vault down, keystore unreadable). Anything that needs a
 * key fails closed with this error: nothing is written in plain text.
 */
public class KeyStoreUnavailableException extends RuntimeException {

    public static final String CODE = "CL-PHI-003";

    public KeyStoreUnavailableException(String message, Throwable cause) {
        super(CODE + ": key store unavailable: " + message, cause);
    }
}
