package io.pdgitops.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Set;

/**
 * Writes the state's inventory one entry a line, {@code {"kind":"Team","name":"Ops Tokyo"}}, which reads as well
 * as the indented form and is what {@code grep} and a diff of two state files want. The inventory lists every
 * managed object and the state is written on every sync, while the inventory changes only when an apply adds or
 * removes an object: the text of the last inventory written is kept and written again while the entries are the
 * same, files included.
 */
final class InventoryLines extends StdSerializer<Set<InventoryEntry>> {

    private static final JsonStringEncoder QUOTE = JsonStringEncoder.getInstance();

    private Set<InventoryEntry> lastEntries = Set.of();
    /** Kept with its UTF-8 bytes, so that writing it again is a copy. */
    private SerializedString lastText = new SerializedString("[ ]");

    @SuppressWarnings("unchecked")
    InventoryLines() {
        super((Class<Set<InventoryEntry>>) (Class<?>) Set.class);
    }

    @Override
    public void serialize(Set<InventoryEntry> entries, JsonGenerator out, SerializerProvider provider)
            throws IOException {
        out.writeRawValue(text(entries));
    }

    private synchronized SerializedString text(Set<InventoryEntry> entries) {
        if (!InventoryEntry.sameInOrder(entries, lastEntries)) {
            lastText = new SerializedString(lines(entries));
            lastEntries = entries;
        }
        return lastText;
    }

    private static String lines(Set<InventoryEntry> entries) {
        if (entries.isEmpty()) {
            return "[ ]";
        }
        StringBuilder text = new StringBuilder(entries.size() * 64).append('[');
        String separator = "\n    ";
        for (InventoryEntry entry : entries) {
            text.append(separator).append("{");
            field(text, "kind", entry.kind());
            field(text.append(','), "name", entry.name());
            if (entry.service() != null) {
                field(text.append(','), "service", entry.service());
            }
            if (entry.file() != null) {
                field(text.append(','), "file", entry.file());
            }
            text.append('}');
            separator = ",\n    ";
        }
        return text.append("\n  ]").toString();
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append('"').append(name).append("\":\"");
        QUOTE.quoteAsString(value, text);
        text.append('"');
    }
}
