package io.pdgitops.write;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An ordered mapping under construction: fields appear in the order they are put, absent ones not at all. */
final class DocumentFields {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    static DocumentFields of(String kind, String name) {
        return new DocumentFields().put("kind", kind).put("name", name);
    }

    DocumentFields put(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    DocumentFields putIfPresent(String field, Optional<?> value) {
        value.ifPresent(present -> fields.put(field, present));
        return this;
    }

    Map<String, Object> map() {
        return fields;
    }
}
