package io.codeledger.app.cli.model;

import io.codeledger.model.index.MentionPolicy;
import io.codeledger.model.serving.OnnxCodeSuggester;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code suggest}: batch inference. For every {@code X.txt} in a directory, writes TSV lines
 * {@code X<TAB>system<TAB>code<TAB>score}, best first, at most {@code --top} codes per system.
 */
@Command(
        name = "suggest",
        mixinStandardHelpOptions = true,
        description = "Suggest ICD-10-CM/PCS codes for every .txt note in a directory, as TSV.")
public class SuggestCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, description = "Directory of .txt notes")
    Path in;

    @Option(names = "--out", required = true, description = "TSV file to write")
    Path out;

    @Option(
            names = "--top",
            defaultValue = "20",
            description = "Codes per note and code system (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--model", description = "Model directory (default: the bundled model)")
    Path model;

    @Option(
            names = "--mentions",
            defaultValue = "CLINICAL",
            description = "CLINICAL (default) never suggests a code whose only mentions are negated or hypothetical;"
                    + " CODIESP_ANNOTATION keeps them, as CodiEsp's annotators coded them.")
    MentionPolicy mentions;

    @Override
    public Integer call() throws IOException {
        OnnxCodeSuggester suggester = ModelOption.load(model);
        List<Path> notes;
        try (Stream<Path> files = Files.list(in)) {
            notes = files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path note : notes) {
                String id = note.getFileName().toString().replaceFirst("\\.txt$", "");
                for (OnnxCodeSuggester.ScoredCode scored : top(suggester.rank(Files.readString(note), mentions))) {
                    writer.write(String.format(
                            Locale.ROOT,
                            "%s\t%s\t%s\t%.6f%n",
                            id,
                            scored.code().system(),
                            scored.code().value(),
                            scored.score()));
                }
            }
        }
        System.out.println("wrote suggestions for " + notes.size() + " notes to " + out);
        return 0;
    }

    private List<OnnxCodeSuggester.ScoredCode> top(List<OnnxCodeSuggester.ScoredCode> ranked) {
        Map<io.codeledger.api.coding.CodeSystem, Integer> taken =
                new EnumMap<>(io.codeledger.api.coding.CodeSystem.class);
        List<OnnxCodeSuggester.ScoredCode> kept = new ArrayList<>();
        for (OnnxCodeSuggester.ScoredCode scored : ranked) {
            int n = taken.merge(scored.code().system(), 1, Integer::sum);
            if (n <= top) {
                kept.add(scored);
            }
        }
        return kept;
    }
}
