package io.pdgitops.imports.nagios;

import java.util.List;
import java.util.Map;

/**
 * One service check on one host (a define service on several hosts is one of these per host).
 *
 * @param servicegroups every service group it belongs to, from either side
 * @param custom custom variables ({@code _NAME}) with the lines that set them
 * @param notified whom Nagios notifies of its problems today, after inheritance
 */
public record NagiosService(String host, String description, List<String> servicegroups,
        CustomVariables custom, Notify notified, NagiosLocation location) {

    public NagiosService {
        servicegroups = List.copyOf(servicegroups);
    }

    /** Custom variable values by upper-cased name. */
    public Map<String, String> variables() {
        return custom.values();
    }
}
