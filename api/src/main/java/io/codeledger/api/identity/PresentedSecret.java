package io.codeledger.api.identity;

import io.codeledger.api.phi.Phi;

/**
 * A password, client secret or one-time code exactly as a caller presented it, on its way to be
 * checked against the account. Never stored in an event; if a command holding it is ever
 * serialized (a distributed command bus), it is sealed like PHI. Never printed.
 */
public record PresentedSecret(String value) implements Phi {

    public PresentedSecret {
        value = value == null ? "" : value;
    }

    public static PresentedSecret shreddedValue() {
        return new PresentedSecret(SHREDDED);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public boolean shredded() {
        return SHREDDED.equals(value);
    }

    @Override
    public String toString() {
        return "PresentedSecret[redacted]";
    }
}
