package io.codeledger.app.cli.model;

import io.codeledger.model.training.TextDeidentifier;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Where {@code train} finds the de-identification engine: a {@link TextDeidentifier} registered
 * with {@link ServiceLoader} (a {@code META-INF/services/io.codeledger.model.training.TextDeidentifier}
 * entry naming the adapter over the platform's engine). Without one, training refuses to run: it
 * never reads raw notes.
 */
public final class TrainingDeidentifiers {

    private TrainingDeidentifiers() {}

    /** The registered de-identifier, if the application wires one. */
    public static Optional<TextDeidentifier> find() {
        return ServiceLoader.load(TextDeidentifier.class).findFirst();
    }
}
