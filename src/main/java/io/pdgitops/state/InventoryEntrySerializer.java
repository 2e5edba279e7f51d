package io.pdgitops.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes an inventory entry's fields straight, as the bean serializer would (same names, same order, nulls left
 * out). The state file holds one entry per managed object and is written on every sync; the bean serializer's
 * reflective accessors were a tenth of a one-change sync's CPU at 5,000 services.
 */
final class InventoryEntrySerializer extends StdSerializer<InventoryEntry> {

    InventoryEntrySerializer() {
        super(InventoryEntry.class);
    }

    @Override
    public void serialize(InventoryEntry entry, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeStartObject();
        out.writeStringField("kind", entry.kind());
        out.writeStringField("name", entry.name());
        if (entry.service() != null) {
            out.writeStringField("service", entry.service());
        }
        if (entry.file() != null) {
            out.writeStringField("file", entry.file());
        }
        out.writeEndObject();
    }
}
