package io.codeledger.api.common;

/** A command addressed to one aggregate, named by its event-store identifier (see {@link AggregateIds}). */
public interface AggregateCommand {

    String aggregateId();
}
