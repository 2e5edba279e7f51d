package io.pdgitops.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.SortedSet;

/**
 * The JSON form of the state file: indented for people who look at it (the inventory one entry a line), instants as ISO-8601 text, nulls left out,
 * and fields this version does not know ignored so that a file from a newer version still reads.
 */
final class StateJson {

    private StateJson() {
    }

    /** The inventory one entry a line, its text kept while it does not change (see {@link InventoryLines}). */
    private abstract static class InventoryAsLines {
        @JsonSerialize(using = InventoryLines.class)
        abstract SortedSet<InventoryEntry> inventory();
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addMixIn(SyncState.class, InventoryAsLines.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
