package io.codeledger.api.coding;

import java.util.Locale;

/**
 * The code systems CodeLedger codes in. ICD-10-CM codes diagnoses and is written dotted after the
 * third character ({@code N44.8}); ICD-10-PCS codes inpatient procedures as seven characters
 * without a dot ({@code 0DTJ4ZZ}).
 */
public enum CodeSystem {
    ICD10CM,
    ICD10PCS;

    /**
     * Canonical written form of a code in this system: upper case, dotted after the third character
     * for ICD-10-CM, undotted for ICD-10-PCS. Surrounding white space is ignored.
     */
    public String canonical(String code) {
        String bare = code.strip().replace(".", "").toUpperCase(Locale.ROOT);
        if (this == ICD10CM && bare.length() > 3) {
            return bare.substring(0, 3) + "." + bare.substring(3);
        }
        return bare;
    }
}
