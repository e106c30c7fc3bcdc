package io.codeledger.command.encounter;

/** What the aggregate remembers of one suggestion: its confidence, the model, and the coder's decision. */
record Suggestion(double confidence, String modelHash, Decision decision) {

    enum Decision {
        OPEN,
        ACCEPTED,
        REJECTED
    }

    Suggestion decided(Decision newDecision) {
        return new Suggestion(confidence, modelHash, newDecision);
    }
}
