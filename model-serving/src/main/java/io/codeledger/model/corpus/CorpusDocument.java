package io.codeledger.model.corpus;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import java.util.Set;

/** One coded note of a training or evaluation corpus: its id, text and gold codes per system. */
public record CorpusDocument(String id, String text, Set<IcdCode> diagnoses, Set<IcdCode> procedures) {

    public CorpusDocument {
        diagnoses = Set.copyOf(diagnoses);
        procedures = Set.copyOf(procedures);
    }

    /** The gold codes of one system. */
    public Set<IcdCode> gold(CodeSystem system) {
        return system == CodeSystem.ICD10CM ? diagnoses : procedures;
    }

    /** The same document with other text (e.g. after de-identification). */
    public CorpusDocument withText(String newText) {
        return new CorpusDocument(id, newText, diagnoses, procedures);
    }

    @Override
    public String toString() {
        return "CorpusDocument[" + id + ", " + text.length() + " chars, " + diagnoses.size() + " D, "
                + procedures.size() + " P]";
    }
}
