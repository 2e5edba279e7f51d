package io.pdgitops.imports.nagios;

import io.pdgitops.model.Service;

/** Turns a declared service into the YAML document of the repository format (one document, no {@code ---}). */
public interface ServiceYaml {

    String render(Service service);
}
