package io.pdgitops.imports.nagios;

/** One {@code name value} line of a define block. */
public record Attribute(String value, NagiosLocation location) {
}
