package io.codeledger.api.query;

import java.util.List;

/** A page of worklist items; {@code nextCursor} is null on the last page. */
public record WorklistPage(List<WorklistItem> items, String nextCursor) {

    public WorklistPage {
        items = List.copyOf(items);
    }
}
