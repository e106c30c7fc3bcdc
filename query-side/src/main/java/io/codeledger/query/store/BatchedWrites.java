package io.codeledger.query.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Collects a projection's document changes for the length of the event processor's batch and
 * writes each changed document once, when the batch commits (before its tracking token is stored).
 * Replay is dominated by round trips to the read-model store; an encounter's events arrive
 * together, so this turns several writes into one. Outside a unit of work, writes go straight
 * through.
 */
public final class BatchedWrites<T> {

    /** A document as it was read (null if new) and as it should be written. */
    public record Change<T>(T original, T next) {}

    private final String resourceKey;
    private final Consumer<Collection<Change<T>>> writer;

    public BatchedWrites(String name, Consumer<Collection<Change<T>>> writer) {
        this.resourceKey = BatchedWrites.class.getName() + "." + name;
        this.writer = writer;
    }

    /** The document's latest state in this batch, or what {@code loader} reads from the store. */
    public Optional<T> current(String id, Supplier<Optional<T>> loader) {
        Map<String, Change<T>> pending = pending();
        if (pending != null && pending.containsKey(id)) {
            return Optional.ofNullable(pending.get(id).next());
        }
        return loader.get();
    }

    /** Records that {@code original} (null for a new document) becomes {@code next}. */
    public void write(String id, T original, T next) {
        Map<String, Change<T>> pending = pending();
        if (pending == null) {
            writer.accept(java.util.List.of(new Change<>(original, next)));
            return;
        }
        Change<T> earlier = pending.get(id);
        pending.put(id, new Change<>(earlier != null ? earlier.original() : original, next));
    }

    private Map<String, Change<T>> pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(resourceKey, key -> {
            Map<String, Change<T>> changes = new LinkedHashMap<>();
            unitOfWork.onPrepareCommit(u -> writer.accept(changes.values()));
            return changes;
        });
    }
}
