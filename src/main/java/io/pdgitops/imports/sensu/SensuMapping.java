package io.pdgitops.imports.sensu;

import io.pdgitops.imports.nagios.ImportedService;
import java.util.List;
import java.util.Map;

/**
 * The outcome of mapping a dump: the services to declare, which services each check's events go to (by check,
 * as {@code namespace/name}), and the checks no rule maps, so that nothing is dropped unseen.
 */
public record SensuMapping(List<ImportedService> services, Map<String, List<String>> routes,
        List<String> unmappedChecks) {

    public SensuMapping {
        services = List.copyOf(services);
        routes = Map.copyOf(routes);
        unmappedChecks = List.copyOf(unmappedChecks);
    }
}
