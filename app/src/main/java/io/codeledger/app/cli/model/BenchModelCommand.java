package io.codeledger.app.cli.model;

import io.codeledger.model.corpus.CodiespCorpus;
import io.codeledger.model.corpus.CorpusDocument;
import io.codeledger.model.serving.OnnxCodeSuggester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-model}: model load time, then suggestion latency per note on one thread (p50, p99)
 * over notes of at least 400 words (consecutive CodiEsp notes joined) or, without a corpus, a
 * built-in synthetic note of that length.
 */
@Command(
        name = "bench-model",
        mixinStandardHelpOptions = true,
        description = "Measure model load time and single-thread suggestion latency per ~400-word note.")
public class BenchModelCommand implements Callable<Integer> {

    static final int WORDS = 400;

    @Option(
            names = "--corpus",
            defaultValue = "data-sets/codiesp",
            description = "Notes to time (default ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--split", defaultValue = "dev", description = "Split of the corpus (default ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--runs", defaultValue = "500", description = "Timed suggestions (default ${DEFAULT-VALUE})")
    int runs;

    @Option(
            names = "--warmup",
            defaultValue = "100",
            description = "Untimed suggestions first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--model", description = "Model directory (default: the bundled model)")
    Path model;

    @Override
    public Integer call() {
        long loadStart = System.nanoTime();
        OnnxCodeSuggester suggester = ModelOption.load(model);
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        List<String> notes = notes();
        double words =
                notes.stream().mapToInt(n -> n.split("\\s+").length).average().orElse(0);
        for (int i = 0; i < warmup; i++) {
            suggester.rank(notes.get(i % notes.size()));
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            String note = notes.get(i % notes.size());
            long start = System.nanoTime();
            suggester.rank(note);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "model %s%n", suggester.modelHash());
        System.out.printf(
                Locale.ROOT, "model load (code set + description index + lexicon + ONNX session): %.0f ms%n", loadMs);
        System.out.printf(
                Locale.ROOT,
                "notes: %d distinct, %.0f words on average; %d timed runs on one thread%n",
                notes.size(),
                words,
                runs);
        System.out.printf(
                Locale.ROOT,
                "latency per note: p50=%.2f ms p99=%.2f ms max=%.2f ms%n",
                percentile(ms, 0.50),
                percentile(ms, 0.99),
                ms[ms.length - 1]);
        return 0;
    }

    /** Notes of {@value #WORDS} words: consecutive corpus notes joined, then cut at the 400th word. */
    private List<String> notes() {
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(corpus)) {
            StringBuilder note = new StringBuilder();
            for (CorpusDocument doc : CodiespCorpus.read(corpus, split)) {
                note.append(doc.text()).append('\n');
                if (note.toString().split("\\s+").length >= WORDS) {
                    texts.add(firstWords(note.toString(), WORDS));
                    note.setLength(0);
                }
            }
        }
        return texts.isEmpty() ? List.of(SyntheticNote.text(WORDS)) : texts;
    }

    /** The text up to the end of its {@code n}-th whitespace-separated word. */
    static String firstWords(String text, int n) {
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\S+").matcher(text);
        int end = text.length();
        for (int i = 0; i < n && word.find(); i++) {
            end = word.end();
        }
        return text.substring(0, end);
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
