package io.codeledger.infra.deid.detect;

import java.util.List;

/** One family of detection rules; implementations are stateless and thread-safe. */
public interface Detector {

    /** Adds the candidates this detector finds in {@code text} to {@code out}. */
    void detect(TokenizedText text, List<Candidate> out);
}
