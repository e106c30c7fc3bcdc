package io.codeledger.app.security;

/**
 * A {@code PhiAccessed} event could not be appended, so the read that wanted to disclose PHI fails
 * ({@code CL-AUD-001}, 503): nothing is disclosed unrecorded.
 */
public class PhiAccessNotRecorded extends RuntimeException {

    public PhiAccessNotRecorded(Throwable cause) {
        super("CL-AUD-001: the PHI access could not be recorded; nothing was disclosed", cause);
    }
}
