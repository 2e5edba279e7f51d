package io.pdgitops.imports.nagios;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A monitored host after inheritance.
 *
 * @param hostgroups every host group it belongs to, from either side (its own list and the groups' members)
 * @param variables custom variables ({@code _NAME}), names upper-cased as Nagios treats them
 */
public record NagiosHost(String name, Optional<String> alias, List<String> hostgroups, Map<String, String> variables,
        NagiosLocation location) {

    public NagiosHost {
        hostgroups = List.copyOf(hostgroups);
        variables = Map.copyOf(variables);
    }
}
