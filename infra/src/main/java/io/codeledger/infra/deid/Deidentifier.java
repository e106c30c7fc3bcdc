package io.codeledger.infra.deid;

import io.codeledger.infra.deid.detect.AddressPatterns;
import io.codeledger.infra.deid.detect.AgePatterns;
import io.codeledger.infra.deid.detect.Candidate;
import io.codeledger.infra.deid.detect.CodePatterns;
import io.codeledger.infra.deid.detect.ContactPatterns;
import io.codeledger.infra.deid.detect.DatePatterns;
import io.codeledger.infra.deid.detect.Detector;
import io.codeledger.infra.deid.detect.LabelledIdentifiers;
import io.codeledger.infra.deid.detect.Lexicon;
import io.codeledger.infra.deid.detect.NameRules;
import io.codeledger.infra.deid.detect.PlaceRules;
import io.codeledger.infra.deid.detect.SpanResolver;
import io.codeledger.infra.deid.detect.TokenizedText;
import io.codeledger.infra.deid.render.Renderer;
import io.codeledger.infra.deid.render.Rendering;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The de-identification engine for HIPAA Safe Harbor's 18 identifiers: rule, pattern and dictionary
 * detectors propose spans, overlapping spans are merged, the output is written as tags or surrogates,
 * and an independent {@link SafeHarborSweep} checks the output; a record with any sweep finding is
 * returned as {@link DeidResult#rejected() rejected}. Construct once (dictionaries load on first
 * use) and share: instances are immutable and thread-safe. Logs only counts and categories.
 */
public final class Deidentifier {

    private static final Logger LOG = LoggerFactory.getLogger(Deidentifier.class);

    private final Lexicon lexicon;
    private final List<Detector> detectors;
    private final SafeHarborSweep sweep = new SafeHarborSweep();

    /** An engine over the bundled dictionaries. */
    public Deidentifier() {
        this(Lexicon.shared());
    }

    Deidentifier(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.detectors = List.of(
                new ContactPatterns(),
                new LabelledIdentifiers(),
                new CodePatterns(),
                new DatePatterns(),
                new AgePatterns(),
                new AddressPatterns(lexicon),
                new PlaceRules(lexicon),
                new NameRules(lexicon));
    }

    /** De-identifies {@code text} with category tags ({@link DeidOptions#redact()}). */
    public DeidResult deidentify(String text) {
        return deidentify(text, DeidOptions.redact());
    }

    /** De-identifies {@code text} as {@code options} say. */
    public DeidResult deidentify(String text, DeidOptions options) {
        List<PhiSpan> spans = detect(text);
        Rendering rendering = Renderer.render(text, spans, options, lexicon);
        List<SweepFinding> findings = sweep.sweep(rendering.text(), rendering.written());
        if (!findings.isEmpty() && LOG.isWarnEnabled()) {
            LOG.warn(
                    "CL-DEID-100: second-pass sweep rejected a record: {} finding(s) {}",
                    findings.size(),
                    countByCategory(findings));
        }
        return new DeidResult(rendering.text(), spans, findings);
    }

    /** The identifiers in {@code text}: disjoint spans sorted by start, offsets into {@code text}. */
    public List<PhiSpan> detect(String text) {
        TokenizedText tokens = new TokenizedText(text);
        List<Candidate> candidates = new ArrayList<>();
        for (Detector detector : detectors) {
            detector.detect(tokens, candidates);
        }
        return SpanResolver.resolve(text, candidates);
    }

    private static Map<PhiCategory, Integer> countByCategory(List<SweepFinding> findings) {
        Map<PhiCategory, Integer> counts = new EnumMap<>(PhiCategory.class);
        findings.forEach(f -> counts.merge(f.category(), 1, Integer::sum));
        return counts;
    }
}
