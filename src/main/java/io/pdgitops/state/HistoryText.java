package io.pdgitops.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the state's sync history exactly as Jackson's indented output would, from each record's text kept while
 * the record is in the history. Records never change once written, and the state is written three times a sync
 * with up to the history limit of them: a first sync at 5,000 services records some 15,000 step results, which
 * would otherwise be written out again three times on each of the next hundreds of syncs.
 */
final class HistoryText extends StdSerializer<List<SyncRecord>> {

    /** Each record's text is written at the history's depth: one level in, below the state's own fields. */
    private static final String NESTED_LINE = "\n  ";

    private final ObjectWriter record;
    /** By identity: the history's records are the same objects from one write to the next. */
    private Map<SyncRecord, SerializedString> texts = new IdentityHashMap<>();

    @SuppressWarnings("unchecked")
    HistoryText() {
        super((Class<List<SyncRecord>>) (Class<?>) List.class);
        this.record = StateJson.builder().build().writerFor(SyncRecord.class);
    }

    @Override
    public synchronized void serialize(List<SyncRecord> history, JsonGenerator out, SerializerProvider provider)
            throws IOException {
        if (history.isEmpty()) {
            out.writeRawValue("[ ]");
            return;
        }
        // Only the texts of the records still in the history are kept, so the map never outgrows it.
        Map<SyncRecord, SerializedString> kept = new IdentityHashMap<>();
        out.writeRawValue("[ "); // the value's start, so the generator places it after the field name
        String separator = "";
        for (SyncRecord each : history) {
            SerializedString text = texts.get(each);
            if (text == null) {
                text = new SerializedString(record.writeValueAsString(each).replace("\n", NESTED_LINE));
            }
            kept.put(each, text);
            out.writeRaw(separator);
            out.writeRaw(text);
            separator = ", ";
        }
        out.writeRaw(" ]");
        texts = kept;
    }
}
