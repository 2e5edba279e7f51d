package io.pdgitops.imports.sensu;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resource of a dump, as Sensu's API writes it: {@code type}, {@code api_version}, {@code metadata} and
 * {@code spec}. The whole resource is kept ({@code raw}) so that a check can be written back with only an
 * annotation and a handler added.
 *
 * @param line the line of the dump where the resource starts, for messages
 */
public record SensuResource(String type, String name, String namespace, Map<String, String> labels,
        Map<String, Object> spec, Map<String, Object> raw, int line) {

    public SensuResource {
        labels = Map.copyOf(labels);
    }

    /** A list of strings in the spec ({@code subscriptions}, {@code handlers}); empty when absent. */
    public List<String> strings(String field) {
        return spec.get(field) instanceof List<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
    }

    public Optional<String> label(String key) {
        return Optional.ofNullable(labels.get(key));
    }
}
