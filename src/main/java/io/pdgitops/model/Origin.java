package io.pdgitops.model;

import java.util.Map;

/**
 * Where a declared object comes from: the start of its YAML document and the position of every
 * field in it, so that any later step (validation, plan, drift) can point at the exact line.
 *
 * @param location start of the document
 * @param fields field path ({@link FieldPath}) to the position of that field's value when it is a
 *     scalar (errors about a value, such as a dangling reference, point at the value itself), else of
 *     its key or list item
 * @param keys field path to the position of that field's key, for errors about the key itself
 *     (unknown field, duplicate key); list items and absent keys fall back to {@link #fields}
 */
public record Origin(SourceLocation location, Map<String, SourceLocation> fields, Map<String, SourceLocation> keys) {

    public Origin {
        fields = Map.copyOf(fields);
        keys = Map.copyOf(keys);
    }

    /** An origin whose keys sit where their values do (objects built in code, not read from YAML). */
    public Origin(SourceLocation location, Map<String, SourceLocation> fields) {
        this(location, fields, Map.of());
    }

    public static Origin at(SourceLocation location) {
        return new Origin(location, Map.of());
    }

    /** The position of a field's key, or {@link #locationOf} when no key position is known. */
    public SourceLocation keyLocationOf(String path) {
        SourceLocation key = keys.get(path);
        return key != null ? key : locationOf(path);
    }

    /** The position of a field, or of its nearest declared ancestor when the field itself is absent. */
    public SourceLocation locationOf(String path) {
        String current = path;
        while (!current.isEmpty()) {
            SourceLocation found = fields.get(current);
            if (found != null) {
                return found;
            }
            current = FieldPath.parent(current);
        }
        return location;
    }

    public String file() {
        return location.file();
    }
}
