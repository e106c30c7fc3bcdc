package io.codeledger.app.cli.model;

import io.codeledger.model.serving.OnnxCodeSuggester;
import java.nio.file.Path;

/** Loads the model a command was pointed at with {@code --model}, or the bundled one. */
final class ModelOption {

    private ModelOption() {}

    static OnnxCodeSuggester load(Path modelDir) {
        return modelDir == null ? OnnxCodeSuggester.loadBundled() : OnnxCodeSuggester.load(modelDir);
    }
}
