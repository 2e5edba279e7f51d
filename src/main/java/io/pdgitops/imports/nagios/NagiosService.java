package io.pdgitops.imports.nagios;

import java.util.List;
import java.util.Map;

/**
 * One service check on one host (a define service on several hosts is one of these per host).
 *
 * @param servicegroups every service group it belongs to, from either side
 * @param variables custom variables of the service itself, names upper-cased
 */
public record NagiosService(String host, String description, List<String> servicegroups,
        Map<String, String> variables, NagiosLocation location) {

    public NagiosService {
        servicegroups = List.copyOf(servicegroups);
        variables = Map.copyOf(variables);
    }
}
