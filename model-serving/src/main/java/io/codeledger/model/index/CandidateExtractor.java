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
 * {@link RankerFeatures}). A code becomes a candidate through an n-gram the lexicon links to it, a
 * family-history n-gram, a code description fully stated in one sentence, the nearest training
 * notes, or by being one of the most frequent codes. Every mention's context (affirmed, negated,
 * hypothetical, family) is kept: the ranker sees it as features, and a candidate that nothing in
 * the note asserts of the patient is flagged {@link Candidate#unasserted()}, so the clinical policy
 * can drop it (see {@link MentionPolicy}).
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
        Map<String, List<Gram>> mentions = new LinkedHashMap<>();
        for (Gram gram : text.grams()) {
            mentions.computeIfAbsent(gram.lexiconKey(), k -> new ArrayList<>()).add(gram);
        }
        Lexicon lexicon = index.lexicon();
        CodeEvidence[] byId = new CodeEvidence[lexicon.codes().size()];
        mentions.forEach((key, occurrences) -> {
            Lexicon.Entry entry = lexicon.entry(key);
            if (entry != null) {
                addLexiconEvidence(byId, key, entry, occurrences);
            }
            Gram first = occurrences.get(0);
            Lexicon.Entry plain = first.context() == MentionContext.FAMILY ? lexicon.entry(first.key()) : null;
            if (plain != null) {
                // a relative's condition, read as the condition itself: family evidence, never the patient's
                addLexiconEvidence(byId, key, plain, occurrences);
            }
        });
        Map<IcdCode, CodeEvidence> found = new HashMap<>();
        for (int id = 0; id < byId.length; id++) {
            if (byId[id] != null) {
                found.put(lexicon.codes().get(id), byId[id]);
            }
        }
        float[] categoryScores = scores(index.categories(), mentions.keySet());
        index.neighbours().scores(mentions.keySet()).forEach((code, score) -> {
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
                if (e.getKey().system() == system && keep(e.getKey(), e.getValue())) {
                    ofSystem.add(e);
                }
            }
            ofSystem.sort(Comparator.comparingDouble((Map.Entry<IcdCode, CodeEvidence> e) ->
                            -(e.getValue().prescore() + 1e-4 * prior(e.getKey())))
                    .thenComparing(e -> e.getKey().value()));
            List<Map.Entry<IcdCode, CodeEvidence>> kept =
                    ofSystem.subList(0, Math.min(MAX_PER_SYSTEM, ofSystem.size()));
            CandidateFeatures features = new CandidateFeatures(index, categoryScores, words, kept);
            for (int rank = 0; rank < kept.size(); rank++) {
                Map.Entry<IcdCode, CodeEvidence> e = kept.get(rank);
                out.add(new Candidate(
                        e.getKey(),
                        features.of(e.getKey(), e.getValue(), rank),
                        evidence(text, mentions, e.getValue()),
                        e.getValue().unasserted(familyHistoryCode(e.getKey()))));
            }
        }
        return out;
    }

    private void addLexiconEvidence(CodeEvidence[] byId, String key, Lexicon.Entry entry, List<Gram> occurrences) {
        boolean family = occurrences.get(0).context() == MentionContext.FAMILY;
        boolean affirmed = occurrences.stream().anyMatch(g -> g.context() == MentionContext.AFFIRMED);
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
                continue;
            }
            ev.offer(p, entry, entry.counts()[k], key, keyWords.length, occurrences.size());
            ev.addLogOdds(logOdds(entry, k, index.lexicon().codeDocs(codeId)));
            if (affirmed) {
                ev.affirmedMax = Math.max(ev.affirmedMax, p);
            } else {
                ev.nonAffirmedMax = Math.max(ev.nonAffirmedMax, p);
            }
            if (p > ev.alignedMax && names(index.lexicon().codes().get(codeId), keyWords)) {
                ev.alignedMax = p;
                ev.alignedKey = key;
            }
        }
    }

    /** ICD-10-CM Z80–Z84: family history codes, which a relative's mention does assert. */
    static boolean familyHistoryCode(IcdCode code) {
        String v = code.value();
        return code.system() == CodeSystem.ICD10CM && v.compareTo("Z80") >= 0 && v.compareTo("Z85") < 0;
    }

    /** Naive-Bayes log-odds that the note carries the code, given that the gram occurs in it. */
    private float logOdds(Lexicon.Entry entry, int k, int codeDocs) {
        int docs = index.lexicon().docCount();
        int cooc = entry.counts()[k];
        double withCode = (cooc + 0.5) / (codeDocs + 1.0);
        double withoutCode = (entry.docs() - cooc + 0.5) / (docs - codeDocs + 1.0);
        return (float) Math.log(withCode / withoutCode);
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
        return ev.top[0] >= MIN_LEX
                || ev.familyMax >= MIN_LEX
                || ev.descFull
                || ev.neighbour >= MIN_NEIGHBOUR
                || priorCodes.contains(code);
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

    static float score(Lexicon lexicon, float[] scores, IcdCode code) {
        int id = lexicon.id(code);
        return id < 0 ? 0f : scores[id];
    }

    private void matchDescriptions(AnalysedText text, SentenceWords words, Map<IcdCode, CodeEvidence> found) {
        DescriptionMatcher matcher = index.descriptions();
        for (int s = 0; s < words.stated.size(); s++) {
            for (int id : matcher.fullMatches(words.stated.get(s))) {
                DescriptionMatcher.Phrase phrase = matcher.phrase(id);
                CodeEvidence ev = found.computeIfAbsent(phrase.code(), c -> new CodeEvidence());
                ev.descFull = true;
                boolean affirmed = words.affirmed.get(s).containsAll(java.util.Arrays.asList(phrase.words()));
                if (affirmed) {
                    ev.descAffirmed = true;
                } else {
                    ev.descNonAffirmed = true;
                }
                if (phrase.words().length > ev.descWords || affirmed && !ev.descSpanAffirmed) {
                    ev.descWords = Math.max(ev.descWords, phrase.words().length);
                    ev.descSpanAffirmed = affirmed;
                    ev.descSpans.clear();
                    ev.descSpans.add(words.span(text, s, phrase.words()));
                }
            }
        }
    }

    private float prior(IcdCode code) {
        int id = index.lexicon().id(code);
        return id < 0
                ? 0f
                : index.lexicon().codeDocs(id) / (float) index.lexicon().docCount();
    }

    /** Spans of the mentions that proposed the code: affirmed occurrences first. */
    private static List<int[]> evidence(AnalysedText text, Map<String, List<Gram>> mentions, CodeEvidence ev) {
        List<int[]> spans = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        String key = ev.alignedKey != null ? ev.alignedKey : ev.bestKey;
        List<Gram> occurrences = new ArrayList<>(key == null ? List.of() : mentions.getOrDefault(key, List.of()));
        occurrences.sort(Comparator.comparing((Gram g) -> g.context() != MentionContext.AFFIRMED));
        List<Token> tokens = text.tokens();
        for (Gram g : occurrences) {
            if (spans.size() < MAX_EVIDENCE
                    && starts.add(tokens.get(g.firstToken()).start())) {
                spans.add(new int[] {
                    tokens.get(g.firstToken()).start(),
                    tokens.get(g.lastToken()).end()
                });
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
