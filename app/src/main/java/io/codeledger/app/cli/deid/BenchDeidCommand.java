package io.codeledger.app.cli.deid;

import io.codeledger.infra.deid.Deidentifier;
import io.codeledger.infra.deid.eval.Evaluation;
import io.codeledger.infra.deid.eval.GoldDocument;
import io.codeledger.infra.deid.eval.SyntheticNotes;
import io.codeledger.infra.deid.eval.Throughput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-deid}: the benchmark, MB of note text de-identified per second on ONE thread
 * (detection, redaction and second-pass sweep), over generated notes or, with {@code --gold}, over
 * the gold corpus text. Plain Java: no Spring context is started.
 */
@Command(
        name = "bench-deid",
        mixinStandardHelpOptions = true,
        description = "Measure single-thread de-identification throughput in MB/s.")
public class BenchDeidCommand implements Callable<Integer> {

    @Option(names = "--gold", description = "Use the notes of this gold corpus instead of generated notes.")
    Path gold;

    @Option(names = "--mb", defaultValue = "20", description = "MB of text to process (default ${DEFAULT-VALUE}).")
    int megabytes;

    @Option(names = "--notes", defaultValue = "500", description = "Generated notes (default ${DEFAULT-VALUE}).")
    int notes;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated notes.")
    long seed;

    @Override
    public Integer call() throws Exception {
        List<String> corpus = new ArrayList<>();
        if (gold != null) {
            Evaluation.load(gold).stream().map(GoldDocument::text).forEach(corpus::add);
        } else {
            SyntheticNotes generator = new SyntheticNotes(seed);
            for (int i = 0; i < notes; i++) {
                corpus.add(generator.note(3000));
            }
        }
        System.err.println("warming up and measuring " + megabytes + " MB on one thread ...");
        Deidentifier engine = new Deidentifier();
        Throughput.Measurement m = Throughput.measure(engine, corpus, megabytes * 1_000_000L);
        System.out.printf(
                Locale.ROOT,
                "%.2f MB/s per CPU-second of the measuring thread, %.2f MB/s wall clock"
                        + " (%d documents, %.1f MB in %.2f s, one thread, corpus: %s)%n",
                m.cpuMegabytesPerSecond(),
                m.megabytesPerSecond(),
                m.documents(),
                m.bytes() / 1e6,
                m.nanos() / 1e9,
                gold != null ? gold : "generated");
        return 0;
    }
}
