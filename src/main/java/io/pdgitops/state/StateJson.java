package io.pdgitops.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.SortedSet;

/**
 * The JSON form of the state file: indented for people who look at it (the inventory one entry a line), instants as ISO-8601 text, nulls left out,
 * and fields this version does not know ignored so that a file from a newer version still reads.
 */
final class StateJson {

    private StateJson() {
    }

    /**
     * The inventory one entry a line, its text kept while it does not change (see {@link InventoryLines}), and the
     * history from each record's text kept while it is there (see {@link HistoryText}).
     */
    private abstract static class WrittenOnce {
        @JsonSerialize(using = InventoryLines.class)
        abstract SortedSet<InventoryEntry> inventory();

        @JsonSerialize(using = HistoryText.class)
        abstract List<SyncRecord> history();
    }

    static ObjectMapper mapper() {
        return builder().addMixIn(SyncState.class, WrittenOnce.class).build();
    }

    /** The settings of the state's JSON, without the mix-in: {@link HistoryText} writes each record with them. */
    static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
