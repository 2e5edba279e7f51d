package io.pdgitops.imports.nagios;

import java.util.List;
import java.util.Map;

/** What a Nagios configuration monitors, with memberships resolved from both sides. */
public record NagiosInventory(Map<String, NagiosHost> hosts, List<NagiosService> services,
        Map<String, NagiosGroup> hostgroups, Map<String, NagiosGroup> servicegroups) {

    public NagiosInventory {
        hosts = Map.copyOf(hosts);
        services = List.copyOf(services);
        hostgroups = Map.copyOf(hostgroups);
        servicegroups = Map.copyOf(servicegroups);
    }
}
