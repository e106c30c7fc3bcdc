package io.codeledger.model.serving;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.encounter.CodeSuggestion;
import io.codeledger.api.encounter.EvidenceSpan;
import io.codeledger.codeset.BundledCodeSet;
import io.codeledger.codeset.CodeSet;
import io.codeledger.model.CodeSuggester;
import io.codeledger.model.DocumentInput;
import io.codeledger.model.Suggestions;
import io.codeledger.model.index.Candidate;
import io.codeledger.model.index.CandidateExtractor;
import io.codeledger.model.index.DescriptionMatcher;
import io.codeledger.model.index.LexiconCodec;
import io.codeledger.model.index.MentionPolicy;
import io.codeledger.model.index.ModelIndex;
import io.codeledger.model.index.RankerFeatures;
import io.codeledger.model.ranking.OnnxRanker;
import io.codeledger.model.text.TextAnalyser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The production {@link CodeSuggester}: analyses each note (sentences, words, negation,
 * hypothesis and family-history context), gathers candidate codes from the lexicon learned in
 * training, the nearest training notes and code descriptions, and ranks them with the ONNX ranker,
 * whose output is the confidence. Suggestions follow {@link MentionPolicy#CLINICAL}: a code that
 * the note only denies, supposes or attributes to a relative is never suggested. Evidence spans are the words that
 * proposed each code, affirmed mentions first. Thread-safe.
 */
public final class OnnxCodeSuggester implements CodeSuggester, AutoCloseable {

    /**
     * A code with its confidence and evidence spans {@code [start, end)} in one note; {@code
     * unasserted} when nothing in the note asserts it of the patient (only negated, hypothetical or
     * relatives' mentions).
     */
    public record ScoredCode(IcdCode code, double score, List<int[]> evidence, boolean unasserted) {}

    private static volatile OnnxCodeSuggester bundled;

    private final TextAnalyser analyser = new TextAnalyser();
    private final CandidateExtractor extractor;
    private final OnnxRanker ranker;
    private final ModelMetadata metadata;
    private final String hash;
    private final String codeSetVersion;

    private OnnxCodeSuggester(ModelFiles files, CodeSet codeSet, DescriptionMatcher descriptions) {
        this.metadata = MetadataJson.read(files.metadata());
        this.extractor =
                new CandidateExtractor(ModelIndex.from(LexiconCodec.read(files.lexicon()), descriptions, codeSet));
        this.ranker = new OnnxRanker(
                files.onnx(), metadata.rankerFeatures(), RankerFeatures.NAMES, metadata.positiveColumn());
        this.hash = files.contentHash();
        this.codeSetVersion = codeSet.versionId();
    }

    /** The model shipped in this jar, loaded once per process. */
    public static OnnxCodeSuggester loadBundled() {
        OnnxCodeSuggester local = bundled;
        if (local == null) {
            synchronized (OnnxCodeSuggester.class) {
                local = bundled;
                if (local == null) {
                    local = fromFiles(ModelFiles.readBundled(), BundledCodeSet.load());
                    bundled = local;
                }
            }
        }
        return local;
    }

    /** A model written by the trainer into {@code dir}. */
    public static OnnxCodeSuggester load(Path dir) {
        return fromFiles(ModelFiles.read(dir), BundledCodeSet.load());
    }

    public static OnnxCodeSuggester fromFiles(ModelFiles files, CodeSet codeSet) {
        return new OnnxCodeSuggester(files, codeSet, new DescriptionMatcher(codeSet.entries()));
    }

    /** For the trainer, which already built the description matcher. */
    public static OnnxCodeSuggester fromFiles(ModelFiles files, CodeSet codeSet, DescriptionMatcher descriptions) {
        return new OnnxCodeSuggester(files, codeSet, descriptions);
    }

    /** The candidate codes for one note under the clinical policy, both systems, best first. */
    public List<ScoredCode> rank(String text) {
        return rank(text, MentionPolicy.CLINICAL);
    }

    /** The candidate codes for one note that the policy admits, both systems, best first. */
    public List<ScoredCode> rank(String text, MentionPolicy policy) {
        List<Candidate> candidates = extractor.extract(analyser.analyse(text));
        float[] scores =
                ranker.score(candidates.stream().map(Candidate::features).toList());
        List<ScoredCode> ranked = new ArrayList<>(candidates.size());
        for (int i = 0; i < scores.length; i++) {
            Candidate c = candidates.get(i);
            if (policy.admits(c)) {
                ranked.add(new ScoredCode(c.code(), scores[i], c.evidence(), c.unasserted()));
            }
        }
        ranked.sort(Comparator.comparingDouble((ScoredCode s) -> -s.score())
                .thenComparing(s -> s.code().system())
                .thenComparing(s -> s.code().value()));
        return ranked;
    }

    @Override
    public Suggestions suggest(List<DocumentInput> documents, int limit) {
        Map<IcdCode, Double> best = new LinkedHashMap<>();
        Map<IcdCode, List<EvidenceSpan>> evidence = new LinkedHashMap<>();
        for (DocumentInput document : documents) {
            for (ScoredCode scored : rank(document.text())) {
                best.merge(scored.code(), scored.score(), Math::max);
                List<EvidenceSpan> spans = evidence.computeIfAbsent(scored.code(), c -> new ArrayList<>());
                for (int[] span : scored.evidence()) {
                    spans.add(new EvidenceSpan(document.id(), document.version(), span[0], span[1]));
                }
            }
        }
        List<CodeSuggestion> out = new ArrayList<>();
        best.forEach((code, score) -> out.add(new CodeSuggestion(code, score, evidence.get(code))));
        out.sort(Comparator.comparingDouble((CodeSuggestion s) -> -s.confidence())
                .thenComparing(s -> s.code().system())
                .thenComparing(s -> s.code().value()));
        return new Suggestions(out.subList(0, Math.min(Math.max(limit, 0), out.size())), hash, codeSetVersion);
    }

    @Override
    public String modelHash() {
        return hash;
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    /** Whether a confidence clears the model's decision threshold for the code's system. */
    public boolean accepted(ScoredCode scored) {
        return scored.score() >= metadata.threshold(scored.code().system().name());
    }

    @Override
    public void close() {
        ranker.close();
    }
}
