package io.codeledger.app.cli.model;

/** A made-up clinical note for benchmarks when no corpus is at hand; contains no real patient data. */
final class SyntheticNote {

    private static final String PARAGRAPH = "A 64-year-old man with a history of type 2 diabetes mellitus and"
            + " arterial hypertension presented with fever, productive cough and dyspnoea of five days.\n"
            + "Physical examination revealed crackles at the right lung base; there was no evidence of"
            + " peripheral oedema.\nChest X-ray showed a right lower lobe consolidation consistent with"
            + " pneumonia.\nBlood cultures were negative and a pulmonary embolism was ruled out by CT angiography.\n"
            + "He was treated with intravenous antibiotics and oxygen therapy, with progressive improvement.\n"
            + "His mother had breast cancer.\n";

    private SyntheticNote() {}

    static String text(int words) {
        StringBuilder note = new StringBuilder();
        while (note.toString().split("\\s+").length < words) {
            note.append(PARAGRAPH);
        }
        return note.toString();
    }
}
