package io.pdgitops.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Live things by name. A name can match several: that is reported as ambiguous, never resolved by guessing. */
final class LiveIndex<T> {

    private final Map<String, List<T>> byName = new LinkedHashMap<>();

    LiveIndex(List<T> things, Function<T, String> name) {
        things.forEach(thing -> byName.computeIfAbsent(name.apply(thing), n -> new ArrayList<>()).add(thing));
    }

    List<T> named(String name) {
        return byName.getOrDefault(name, List.of());
    }
}
