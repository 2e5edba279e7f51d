package io.pdgitops.imports.nagios;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The custom variables ({@code _NAME}) of an object after inheritance, names upper-cased as Nagios treats them,
 * each with the line that set it: a template's line when inherited, so that a bad value on a template is one
 * problem at the template rather than one per host that uses it.
 */
public record CustomVariables(Map<String, String> values, Map<String, NagiosLocation> locations) {

    public CustomVariables {
        values = Map.copyOf(values);
        locations = Map.copyOf(locations);
    }

    static CustomVariables of(Definition definition) {
        Map<String, String> values = new TreeMap<>();
        Map<String, NagiosLocation> locations = new TreeMap<>();
        definition.attributes().forEach((name, attribute) -> {
            if (name.startsWith("_")) {
                String key = name.toUpperCase(Locale.ROOT);
                values.put(key, attribute.value());
                locations.put(key, attribute.location());
            }
        });
        return new CustomVariables(values, locations);
    }

    /** Where {@code name} was set, or {@code fallback} when it is not set. */
    NagiosLocation locationOf(String name, NagiosLocation fallback) {
        return locations.getOrDefault(name, fallback);
    }
}
