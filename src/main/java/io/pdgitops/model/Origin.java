package io.pdgitops.model;

import java.util.Map;

/**
 * Where a declared object comes from: the start of its YAML document and the position of every
 * field in it, so that any later step (validation, plan, drift) can point at the exact line.
 *
 * @param location start of the document
 * @param fields field path ({@link FieldPath}) to the position of that field's key or list item
 */
public record Origin(SourceLocation location, Map<String, SourceLocation> fields) {

    public Origin {
        fields = Map.copyOf(fields);
    }

    public static Origin at(SourceLocation location) {
        return new Origin(location, Map.of());
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
