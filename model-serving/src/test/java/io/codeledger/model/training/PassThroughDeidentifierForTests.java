package io.codeledger.model.training;

/**
 * Test-only stand-in for the de-identification engine: the CodiEsp notes are published case
 * reports with no identifiers, so tests may train on them as they are. Never used in production.
 */
enum PassThroughDeidentifierForTests implements TextDeidentifier {
    INSTANCE;

    @Override
    public DeidOutcome deidentify(String text) {
        return DeidOutcome.accepted(text);
    }
}
