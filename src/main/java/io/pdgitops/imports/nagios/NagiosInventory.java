package io.pdgitops.imports.nagios;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a Nagios configuration monitors, with memberships resolved from both sides; maps sorted by name. */
public record NagiosInventory(Map<String, NagiosHost> hosts, List<NagiosService> services,
        Map<String, NagiosGroup> hostgroups, Map<String, NagiosGroup> servicegroups) {

    public NagiosInventory {
        hosts = sorted(hosts);
        services = List.copyOf(services);
        hostgroups = sorted(hostgroups);
        servicegroups = sorted(servicegroups);
    }

    /** Sorted, so that every summary and file comes out the same from run to run. */
    private static <T> Map<String, T> sorted(Map<String, T> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
