package io.pdgitops.imports.nagios;

import java.util.List;

/**
 * An escalation policy and a team of the same name the import declares for one Nagios contact group: the team holds
 * the group's people, the policy pages them all at once.
 *
 * @param group the contact group it comes from
 * @param users the emails of the group's contacts that Nagios notifies, sorted
 */
public record ImportedPolicy(String name, String group, String description, List<String> users,
        NagiosLocation location) {

    public ImportedPolicy {
        users = List.copyOf(users);
    }
}
