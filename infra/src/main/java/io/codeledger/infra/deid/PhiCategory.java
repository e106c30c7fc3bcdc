package io.codeledger.infra.deid;

/**
 * The HIPAA Safe Harbor identifier categories (45 CFR 164.514(b)(2)(i), items A to R) the engine
 * detects. Geography (item B) is split into {@link #ADDRESS}, {@link #LOCATION} and {@link #ZIP}
 * so that reports show which kind leaked; every constant names the Safe Harbor item it belongs to
 * and the tag written in redaction mode.
 */
public enum PhiCategory {
    /** (A) Names of patients, relatives, clinicians and others, including initials. */
    NAME('A', "NAME"),
    /** (B) Street addresses, PO boxes and named streets. */
    ADDRESS('B', "ADDRESS"),
    /** (B) Cities, towns, counties, hospitals, clinics, schools and other named places. */
    LOCATION('B', "LOCATION"),
    /** (B) ZIP codes, five or nine digits. */
    ZIP('B', "ZIP"),
    /** (C) Every date element but the year: birth, admission, discharge, death and other dates. */
    DATE('C', "DATE"),
    /** (C) Ages over 89, and words that state them (nonagenarian, in her 90s). */
    AGE_OVER_89('C', "AGE"),
    /** (D) Telephone and pager numbers. */
    PHONE('D', "PHONE"),
    /** (E) Fax numbers. */
    FAX('E', "FAX"),
    /** (F) Electronic mail addresses. */
    EMAIL('F', "EMAIL"),
    /** (G) Social security numbers. */
    SSN('G', "SSN"),
    /** (H) Medical record numbers and other patient identifiers of a provider. */
    MRN('H', "MRN"),
    /** (I) Health plan beneficiary, member, policy and group numbers. */
    HEALTH_PLAN('I', "HEALTH_PLAN"),
    /** (J) Account, billing, claim and visit numbers. */
    ACCOUNT('J', "ACCOUNT"),
    /** (K) Certificate and licence numbers (driver's licence, DEA, NPI, passport). */
    LICENSE('K', "LICENSE"),
    /** (L) Vehicle identifiers: VINs and licence plates. */
    VEHICLE('L', "VEHICLE"),
    /** (M) Device identifiers and serial numbers (implants, equipment, MAC addresses). */
    DEVICE('M', "DEVICE"),
    /** (N) Web addresses. */
    URL('N', "URL"),
    /** (O) Internet protocol addresses. */
    IP('O', "IP"),
    /** (P) Biometric identifiers such as fingerprint, voiceprint and retina template references. */
    BIOMETRIC('P', "BIOMETRIC"),
    /** (Q) References to full-face photographs and comparable images (file names, image ids). */
    PHOTO('Q', "PHOTO"),
    /** (R) Any other unique identifying number, characteristic or code. */
    OTHER_ID('R', "ID");

    private final char safeHarborItem;
    private final String tag;

    PhiCategory(char safeHarborItem, String tag) {
        this.safeHarborItem = safeHarborItem;
        this.tag = tag;
    }

    /** The letter of the Safe Harbor list, A to R, this category belongs to. */
    public char safeHarborItem() {
        return safeHarborItem;
    }

    /** The replacement written in redaction mode, e.g. {@code [NAME]}. */
    public String redactionTag() {
        return "[" + tag + "]";
    }
}
