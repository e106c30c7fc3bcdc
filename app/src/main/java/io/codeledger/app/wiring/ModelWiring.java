package io.codeledger.app.wiring;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.encounter.ClinicalDocument;
import io.codeledger.codeset.CodeSet;
import io.codeledger.model.CodeSuggester;
import io.codeledger.model.DocumentInput;
import io.codeledger.model.Suggestions;
import io.codeledger.saga.coding.SuggestionPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wires model serving into the platform: the bundled ONNX suggester as a bean, and the coding
 * workflow's {@link SuggestionPort} over it. Scheduling is on for the workflow's dead-letter
 * retries.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ModelWiring {

    /** How many suggestions per document the workflow records. */
    static final int SUGGESTIONS_PER_DOCUMENT = 15;

    @Bean(destroyMethod = "")
    CodeSuggester codeSuggester() {
        return CodeSuggester.loadBundled();
    }

    @Bean
    SuggestionPort suggestionPort(CodeSuggester suggester, CodeSet codes) {
        BillableSuggestions billable = new BillableSuggestions(codes);
        return (TenantId tenant, ClinicalDocument document) -> {
            Suggestions s = suggester.suggest(
                    java.util.List.of(new DocumentInput(
                            document.id(), document.version(), document.text().value())),
                    SUGGESTIONS_PER_DOCUMENT);
            return new SuggestionPort.Batch(billable.of(s.suggestions()), s.modelHash(), s.codeSetVersion());
        };
    }
}
