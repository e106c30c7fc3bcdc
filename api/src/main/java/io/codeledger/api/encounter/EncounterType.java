package io.codeledger.api.encounter;

/** The setting of care, which decides the coding rules and the worklist priority. */
public enum EncounterType {
    INPATIENT,
    OUTPATIENT,
    EMERGENCY
}
