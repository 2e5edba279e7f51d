package io.pdgitops.imports.nagios;

import java.util.List;

/**
 * The outcome of mapping: the services to declare, and what no rule maps (so that nothing is dropped unseen).
 *
 * @param unmappedHosts hosts whose own alerts reach no service
 * @param unmappedChecks service checks, as {@code host/description}, that reach no service
 * @param routes for every host and check that reaches a service, which ones: what the Nagios wiring assigns
 */
public record ImportMapping(List<ImportedService> services, List<String> unmappedHosts,
        List<String> unmappedChecks, List<AlertRoute> routes) {

    public ImportMapping {
        services = List.copyOf(services);
        unmappedHosts = List.copyOf(unmappedHosts);
        unmappedChecks = List.copyOf(unmappedChecks);
        routes = List.copyOf(routes);
    }
}
