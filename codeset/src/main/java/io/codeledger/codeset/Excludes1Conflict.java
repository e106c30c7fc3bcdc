package io.codeledger.codeset;

import io.codeledger.api.coding.IcdCode;

/**
 * Two codes that must not be reported together: {@code excluding} (or one of its ancestors, {@code
 * noteAt}) carries an Excludes1 note that covers {@code excluded}.
 */
public record Excludes1Conflict(IcdCode excluding, IcdCode excluded, String noteAt, String note) {

    public String describe() {
        return "Excludes1 conflict: " + excluding + " excludes " + excluded + " (note at " + noteAt + ": \"" + note
                + "\")";
    }
}
