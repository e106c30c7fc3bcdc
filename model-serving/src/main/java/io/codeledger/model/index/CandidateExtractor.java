package io.codeledger.model.index;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import io.codeledger.model.text.AnalysedText;
import io.codeledger.model.text.Gram;
import io.codeledger.model.text.MentionContext;
import io.codeledger.model.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the codes that might apply to a note and computes the ranker's features for each (see
 * {@link RankerFeatures}). A code becomes a candidate through an affirmed n-gram the lexicon links
 * to it, a family-history n-gram, a fully stated code description, or by being one of the most
 * frequent codes. Negated and hypothetical mentions never propose a code; a code whose only
 * mentions in the note are negated or hypothetical is dropped.
 */
public final class CandidateExtractor {

    static final float MIN_LEX = 0.03f;
    static final float MIN_NEIGHBOUR = 0.05f;
    static final int PRIOR_CODES = 20;
    static final int MAX_PER_SYSTEM = 300;
    private static final int MAX_EVIDENCE = 3;

    private final ModelIndex index;
    private final List<IcdCode> priorCodes;

    public CandidateExtractor(ModelIndex index) {
        this.index = index;
        Lexicon lexicon = index.lexicon();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < lexicon.codes().size(); i++) {
            ids.add(i);
        }
        ids.sort(Comparator.comparingInt((Integer i) -> -lexicon.codeDocs(i)).thenComparingInt(i -> i));
        List<IcdCode> priors = new ArrayList<>();
        for (CodeSystem system : CodeSystem.values()) {
            ids.stream()
                    .map(lexicon.codes()::get)
                    .filter(c -> c.system() == system)
                    .limit(PRIOR_CODES)
                    .forEach(priors::add);
        }
        this.priorCodes = List.copyOf(priors);
    }

    /** The candidates for one note, at most {@value #MAX_PER_SYSTEM} per code system. */
    public List<Candidate> extract(AnalysedText text) {
        Map<IcdCode, CodeEvidence> found = new HashMap<>();
        Map<String, List<Gram>> affirmed = new LinkedHashMap<>();
        Map<String, List<Gram>> nonAffirmed = new LinkedHashMap<>();
        for (Gram gram : text.grams()) {
            boolean asserted = gram.context() == MentionContext.AFFIRMED || gram.context() == MentionContext.FAMILY;
            (asserted ? affirmed : nonAffirmed)
                    .computeIfAbsent(gram.lexiconKey(), k -> new ArrayList<>())
                    .add(gram);
        }
        Lexicon lexicon = index.lexicon();
        CodeEvidence[] byId = new CodeEvidence[lexicon.codes().size()];
        affirmed.forEach((key, occurrences) -> {
            Lexicon.Entry entry = lexicon.entry(key);
            if (entry == null) {
                return;
            }
            boolean family = occurrences.get(0).context() == MentionContext.FAMILY;
            String[] keyWords = key.split(" ");
            for (int k = 0; k < entry.codeIds().length; k++) {
                int codeId = entry.codeIds()[k];
                float p = entry.counts()[k] / (entry.docs() + 1f);
                CodeEvidence ev = byId[codeId];
                if (ev == null) {
                    ev = new CodeEvidence();
                    byId[codeId] = ev;
                }
                if (family) {
                    ev.familyMax = Math.max(ev.familyMax, p);
                } else {
                    ev.offer(p, entry, entry.counts()[k], key, keyWords.length, occurrences.size());
                    if (p > ev.alignedMax && names(lexicon.codes().get(codeId), keyWords)) {
                        ev.alignedMax = p;
                        ev.alignedKey = key;
                    }
                }
            }
        });
        for (int id = 0; id < byId.length; id++) {
            if (byId[id] != null) {
                found.put(lexicon.codes().get(id), byId[id]);
            }
        }
        float[] nonAffirmedScores = scores(lexicon, nonAffirmed.keySet());
        float[] categoryScores = scores(index.categories(), affirmed.keySet());
        Map<IcdCode, Float> neighbourScores = index.neighbours().scores(affirmed.keySet());
        neighbourScores.forEach((code, score) -> {
            if (score >= MIN_NEIGHBOUR) {
                found.computeIfAbsent(code, c -> new CodeEvidence()).neighbour = score;
            }
        });
        SentenceWords words = new SentenceWords(text);
        matchDescriptions(text, words, found);
        priorCodes.forEach(c -> found.computeIfAbsent(c, k -> new CodeEvidence()));
        List<Candidate> out = new ArrayList<>();
        for (CodeSystem system : CodeSystem.values()) {
            List<Map.Entry<IcdCode, CodeEvidence>> ofSystem = new ArrayList<>();
            for (Map.Entry<IcdCode, CodeEvidence> e : found.entrySet()) {
                CodeEvidence ev = e.getValue();
                ev.nonAffirmedMax = score(lexicon, nonAffirmedScores, e.getKey());
                if (e.getKey().system() == system && keep(e.getKey(), ev)) {
                    ofSystem.add(e);
                }
            }
            ofSystem.sort(Comparator.comparingDouble((Map.Entry<IcdCode, CodeEvidence> e) ->
                            -(e.getValue().prescore() + 1e-4 * prior(e.getKey())))
                    .thenComparing(e -> e.getKey().value()));
            for (Map.Entry<IcdCode, CodeEvidence> e : ofSystem.subList(0, Math.min(MAX_PER_SYSTEM, ofSystem.size()))) {
                float[] f = features(e.getKey(), e.getValue(), categoryScores, words);
                out.add(new Candidate(e.getKey(), f, evidence(text, affirmed, e.getValue())));
            }
        }
        return out;
    }

    /** Whether some word of the gram is a word of the code's description: the gram names the code. */
    private boolean names(IcdCode code, String[] keyWords) {
        Set<String> vocabulary = index.descriptions().vocabulary(code);
        if (vocabulary.isEmpty()) {
            return false;
        }
        for (String word : keyWords) {
            if (vocabulary.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean keep(IcdCode code, CodeEvidence ev) {
        boolean affirmedSupport =
                ev.top[0] >= MIN_LEX || ev.familyMax >= MIN_LEX || ev.descFull || ev.neighbour >= MIN_NEIGHBOUR;
        boolean deniedOnly = (ev.nonAffirmedMax > ev.top[0] || ev.descNonAffirmed) && !ev.descFull;
        if (deniedOnly && (ev.descNonAffirmed || ev.nonAffirmedMax >= 0.3f)) {
            return false;
        }
        return affirmedSupport || priorCodes.contains(code);
    }

    /** The best {@code P(code | gram)} per code id over the given grams. */
    private static float[] scores(Lexicon lexicon, Set<String> keys) {
        float[] best = new float[lexicon.codes().size()];
        for (String key : keys) {
            Lexicon.Entry entry = lexicon.entry(key);
            if (entry != null) {
                for (int k = 0; k < entry.codeIds().length; k++) {
                    best[entry.codeIds()[k]] =
                            Math.max(best[entry.codeIds()[k]], entry.counts()[k] / (entry.docs() + 1f));
                }
            }
        }
        return best;
    }

    private static float score(Lexicon lexicon, float[] scores, IcdCode code) {
        int id = lexicon.id(code);
        return id < 0 ? 0f : scores[id];
    }

    private void matchDescriptions(AnalysedText text, SentenceWords words, Map<IcdCode, CodeEvidence> found) {
        DescriptionMatcher matcher = index.descriptions();
        for (int s = 0; s < words.affirmed.size(); s++) {
            for (int id : matcher.fullMatches(words.affirmed.get(s))) {
                DescriptionMatcher.Phrase phrase = matcher.phrase(id);
                CodeEvidence ev = found.computeIfAbsent(phrase.code(), c -> new CodeEvidence());
                ev.descFull = true;
                if (phrase.words().length >= ev.descWords) {
                    ev.descWords = phrase.words().length;
                    ev.descSpans.clear();
                    ev.descSpans.add(words.span(text, s, phrase.words()));
                }
            }
        }
        for (int s = 0; s < words.nonAffirmed.size(); s++) {
            for (int id : matcher.fullMatches(words.nonAffirmed.get(s))) {
                found.computeIfAbsent(matcher.phrase(id).code(), c -> new CodeEvidence()).descNonAffirmed = true;
            }
        }
    }

    private float prior(IcdCode code) {
        int id = index.lexicon().id(code);
        return id < 0
                ? 0f
                : index.lexicon().codeDocs(id) / (float) index.lexicon().docCount();
    }

    private float[] features(IcdCode code, CodeEvidence ev, float[] categoryScores, SentenceWords words) {
        float[] f = new float[RankerFeatures.COUNT];
        int id = index.lexicon().id(code);
        int codeDocs = id < 0 ? 0 : index.lexicon().codeDocs(id);
        boolean procedure = code.system() == CodeSystem.ICD10PCS;
        f[0] = ev.top[0];
        f[1] = ev.top[1];
        f[2] = ev.top[0] + ev.top[1] + ev.top[2];
        f[3] = (float) (Math.log1p(ev.bestCooc) / Math.log(100));
        f[4] = (float) (Math.log1p(ev.bestDocs) / Math.log(500));
        f[5] = ev.bestLength / 3f;
        f[6] = (float) (Math.log1p(ev.strongGrams) / Math.log(20));
        f[7] = (float) (Math.log1p(ev.bestMentions) / Math.log(10));
        f[8] = ev.familyMax;
        f[9] = ev.nonAffirmedMax;
        f[10] = score(index.categories(), categoryScores, ModelIndex.category(code));
        f[11] = codeDocs / (float) index.lexicon().docCount();
        f[12] = (float) (Math.log1p(codeDocs) / Math.log1p(index.lexicon().docCount()));
        f[13] = ev.descFull ? 1f : 0f;
        float[] coverage = words.coverage(index.descriptions(), code);
        f[14] = coverage[0];
        f[15] = coverage[1];
        f[16] = Math.min(ev.descWords, 6) / 6f;
        f[17] = ev.descNonAffirmed ? 1f : 0f;
        f[18] = id >= 0 ? 1f : 0f;
        f[19] = procedure ? 1f : 0f;
        f[20] = index.partial(code) ? 1f : 0f;
        f[21] = index.codeSet().lookup(code).isPresent() ? 1f : 0f;
        f[22] = f[18] * f[13];
        f[23] = procedure ? f[0] : 0f;
        f[24] = ev.alignedMax;
        f[25] = (float) Math.sqrt(ev.top[0]);
        f[26] = ev.top[0] >= 0.5f ? 1f : 0f;
        f[27] = ev.alignedMax * (1 - f[11]);
        f[28] = ev.neighbour;
        f[29] = (float) Math.sqrt(ev.neighbour);
        float prior = (codeDocs + 0.5f) / (index.lexicon().docCount() + 1f);
        f[30] = (float) Math.max(0, Math.log((ev.top[0] + 1e-3) / prior) / Math.log(1000));
        f[31] = (float) Math.max(0, Math.log((ev.neighbour + 1e-3) / prior) / Math.log(1000));
        f[32] = (float) Math.max(0, Math.log((ev.alignedMax + 1e-3) / prior) / Math.log(1000));
        return f;
    }

    private static List<int[]> evidence(AnalysedText text, Map<String, List<Gram>> affirmed, CodeEvidence ev) {
        List<int[]> spans = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        String key = ev.alignedKey != null ? ev.alignedKey : ev.bestKey;
        if (key != null) {
            for (Gram g : affirmed.getOrDefault(key, List.of())) {
                List<Token> tokens = text.tokens();
                if (spans.size() < MAX_EVIDENCE
                        && starts.add(tokens.get(g.firstToken()).start())) {
                    spans.add(new int[] {
                        tokens.get(g.firstToken()).start(),
                        tokens.get(g.lastToken()).end()
                    });
                }
            }
        }
        for (int[] span : ev.descSpans) {
            if (spans.size() < MAX_EVIDENCE && starts.add(span[0])) {
                spans.add(span);
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        return spans;
    }
}
