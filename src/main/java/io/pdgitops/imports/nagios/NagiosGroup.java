package io.pdgitops.imports.nagios;

import java.util.Optional;

/** A host group or service group: its name and the alias people know it by. */
public record NagiosGroup(String name, Optional<String> alias, NagiosLocation location) {
}
