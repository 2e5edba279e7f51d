package io.pdgitops.imports.nagios;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Who a Nagios configuration notifies and when: contacts, contact groups and time periods by name. */
public record NagiosPeople(Map<String, NagiosContact> contacts, Map<String, NagiosContactGroup> contactGroups,
        Map<String, NagiosTimeperiod> timeperiods) {

    public static final NagiosPeople NONE = new NagiosPeople(Map.of(), Map.of(), Map.of());

    public NagiosPeople {
        contacts = Collections.unmodifiableSortedMap(new TreeMap<>(contacts));
        contactGroups = Collections.unmodifiableSortedMap(new TreeMap<>(contactGroups));
        timeperiods = Collections.unmodifiableSortedMap(new TreeMap<>(timeperiods));
    }
}
