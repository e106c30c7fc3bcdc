package io.codeledger.model;

import io.codeledger.api.encounter.CodeSuggestion;
import java.util.List;

/** What a suggester returned: ranked suggestions plus the model hash and code-set version behind them. */
public record Suggestions(List<CodeSuggestion> suggestions, String modelHash, String codeSetVersion) {

    public Suggestions {
        suggestions = List.copyOf(suggestions);
    }
}
