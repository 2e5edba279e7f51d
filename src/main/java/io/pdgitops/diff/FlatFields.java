package io.pdgitops.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** An object flattened to field path -> value, in YAML order. Only what is put here is compared. */
final class FlatFields {

    private final Map<String, FlatValue> values = new LinkedHashMap<>();

    /**
     * Starts with the description every kind has. PagerDuty's is always compared (absent equals {@code ""});
     * a desired one only when the YAML sets it.
     */
    static FlatFields startingWith(Optional<String> description, boolean live) {
        FlatFields fields = new FlatFields();
        if (live || description.isPresent()) {
            fields.put("description", Values.text(description));
        }
        return fields;
    }

    FlatFields put(String path, FlatValue value) {
        values.put(path, value);
        return this;
    }

    /** Puts the field only when it is set: an unset desired field is not managed. */
    <T> FlatFields putIfPresent(String path, Optional<T> value, Function<T, FlatValue> flatten) {
        value.ifPresent(present -> values.put(path, flatten.apply(present)));
        return this;
    }

    Map<String, FlatValue> values() {
        return Collections.unmodifiableMap(values);
    }

    static String index(String list, int index) {
        return list + "[" + index + "]";
    }

    static String named(String list, String name) {
        return list + "[" + Values.quote(name) + "]";
    }
}
