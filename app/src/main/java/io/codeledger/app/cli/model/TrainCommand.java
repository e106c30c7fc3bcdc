package io.codeledger.app.cli.model;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.codeset.BundledCodeSet;
import io.codeledger.model.training.TextDeidentifier;
import io.codeledger.model.training.Trainer;
import io.codeledger.model.training.TrainingOptions;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train}: trains the coding model on de-identified CodiEsp-style notes and writes it to a directory. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "Train the coding model: every note is de-identified first; rejected notes are left out.")
public class TrainCommand implements Callable<Integer> {

    static final String NO_DEIDENTIFIER = "CL-MODEL-001: no de-identification engine is wired into this build, so"
            + " training refuses to run (it never trains on raw notes). Register a"
            + " io.codeledger.model.training.TextDeidentifier adapter over the platform's de-identification engine"
            + " (META-INF/services) and run train again.";

    @Option(
            names = "--corpus",
            required = true,
            description = "CodiEsp-style corpus: the root (uses train/) or a split directory")
    Path corpus;

    @Option(
            names = "--out",
            required = true,
            description = "Directory to write model.onnx, model-lexicon.tsv.gz and model-metadata.json to")
    Path out;

    @Option(
            names = "--seed",
            defaultValue = "7",
            description = "Random seed (default ${DEFAULT-VALUE}); same seed, same model")
    long seed;

    private final Supplier<Optional<TextDeidentifier>> deidentifiers;

    public TrainCommand() {
        this(TrainingDeidentifiers::find);
    }

    TrainCommand(Supplier<Optional<TextDeidentifier>> deidentifiers) {
        this.deidentifiers = deidentifiers;
    }

    @Override
    public Integer call() {
        Optional<TextDeidentifier> deidentifier = deidentifiers.get();
        if (deidentifier.isEmpty()) {
            System.err.println(NO_DEIDENTIFIER);
            return 2;
        }
        Trainer trainer = new Trainer(deidentifier.get(), BundledCodeSet.load(), TrainingOptions.defaults());
        Trainer.Result result = trainer.train(corpus, out, seed);
        System.out.println("model written to " + out.toAbsolutePath());
        System.out.println("model hash " + result.files().contentHash());
        System.out.println("notes rejected by de-identification: " + result.rejected());
        for (CodeSystem system : CodeSystem.values()) {
            System.out.println("cross-validated " + system + ": "
                    + result.crossValidated().get(system).describe());
        }
        return 0;
    }
}
