package io.pdgitops.imports.nagios;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A monitored host after inheritance.
 *
 * @param hostgroups every host group it belongs to, from either side (its own list and the groups' members)
 * @param custom custom variables ({@code _NAME}) with the lines that set them
 * @param notified whom Nagios notifies of its problems today, after inheritance
 */
public record NagiosHost(String name, Optional<String> alias, List<String> hostgroups, CustomVariables custom, Notify notified,
        NagiosLocation location) {

    public NagiosHost {
        hostgroups = List.copyOf(hostgroups);
    }

    /** Custom variable values by upper-cased name. */
    public Map<String, String> variables() {
        return custom.values();
    }
}
