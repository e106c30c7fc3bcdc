package io.codeledger.command.encounter;

/** What registering an encounter did: registered it now, or found it already registered (no effect). */
public enum RegistrationOutcome {
    REGISTERED,
    ALREADY_PRESENT
}
