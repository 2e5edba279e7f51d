package io.pdgitops.imports.nagios;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code define TYPE { ... }} block, as written or after template inheritance.
 *
 * @param attributes by name, in file order
 */
public record Definition(String type, Map<String, Attribute> attributes, NagiosLocation location) {

    public Definition {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(attributes.get(name)).map(Attribute::value);
    }

    /** Where an attribute is written, or the define line when it is not. */
    public NagiosLocation locationOf(String name) {
        Attribute attribute = attributes.get(name);
        return attribute == null ? location : attribute.location();
    }

    /** A template is never an object of its own ({@code register 0}). */
    public boolean registered() {
        return !value("register").map(String::strip).orElse("1").equals("0");
    }
}
