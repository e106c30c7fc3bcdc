package io.codeledger.model.training;

import io.codeledger.model.corpus.CorpusDocument;
import io.codeledger.model.index.Lexicon;
import io.codeledger.model.text.AnalysedText;
import io.codeledger.model.text.Gram;
import io.codeledger.model.text.TextAnalyser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Training notes after de-identification and analysis, with what the lexicon learns from each:
 * its n-grams (family-history ones under their own {@code fam:} keys) and its gold codes.
 */
final class PreparedCorpus {

    final List<CorpusDocument> documents;
    final List<AnalysedText> texts = new ArrayList<>();
    final List<Lexicon.Observation> observations = new ArrayList<>();
    final int rejected;

    PreparedCorpus(List<CorpusDocument> accepted, int rejected) {
        this.documents = List.copyOf(accepted);
        this.rejected = rejected;
        TextAnalyser analyser = new TextAnalyser();
        for (CorpusDocument doc : documents) {
            AnalysedText text = analyser.analyse(doc.text());
            texts.add(text);
            Set<String> keys = new TreeSet<>();
            for (Gram g : text.grams()) {
                keys.add(g.lexiconKey());
            }
            Set<io.codeledger.api.coding.IcdCode> codes = new java.util.HashSet<>(doc.diagnoses());
            codes.addAll(doc.procedures());
            observations.add(new Lexicon.Observation(keys, codes));
        }
    }

    /** SHA-256 over the de-identified texts and gold codes, in document order. */
    String dataHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (CorpusDocument doc : documents) {
                digest.update(doc.id().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(doc.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                new TreeSet<>(doc.diagnoses().stream()
                                .map(c -> "D:" + c.value())
                                .toList())
                        .forEach(c -> digest.update(c.getBytes(StandardCharsets.UTF_8)));
                new TreeSet<>(doc.procedures().stream()
                                .map(c -> "P:" + c.value())
                                .toList())
                        .forEach(c -> digest.update(c.getBytes(StandardCharsets.UTF_8)));
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
