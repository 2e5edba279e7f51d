package io.pdgitops.imports.nagios;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a Nagios configuration monitors, with memberships resolved from both sides; maps sorted by name.
 *
 * @param notifiers the commands, time periods, contacts and contact groups it defines, as {@code "type name"},
 *     with where each is defined: what generated wiring may reuse and must not define again
 * @param people the contacts, contact groups and time periods: whom the import's escalation policies page, and when
 */
public record NagiosInventory(Map<String, NagiosHost> hosts, List<NagiosService> services,
        Map<String, NagiosGroup> hostgroups, Map<String, NagiosGroup> servicegroups,
        Map<String, NagiosLocation> notifiers, NagiosPeople people) {

    /** The object types whose names generated wiring refers to. */
    static final List<String> NOTIFIER_TYPES = List.of("command", "timeperiod", "contact", "contactgroup");

    public NagiosInventory {
        hosts = sorted(hosts);
        services = List.copyOf(services);
        hostgroups = sorted(hostgroups);
        servicegroups = sorted(servicegroups);
        notifiers = sorted(notifiers);
    }

    /** Where a {@code define TYPE} named {@code name} is, if the configuration has one. */
    public Optional<NagiosLocation> defined(String type, String name) {
        return Optional.ofNullable(notifiers.get(type + " " + name));
    }

    /** Sorted, so that every summary and file comes out the same from run to run. */
    private static <T> Map<String, T> sorted(Map<String, T> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
