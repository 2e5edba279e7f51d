package io.pdgitops.imports.nagios;

import java.util.List;
import java.util.Optional;

/**
 * A Nagios contact group with its members resolved from every side: its {@code members}, its
 * {@code contactgroup_members} (at any depth) and the contacts that name it in their {@code contactgroups}.
 *
 * @param members contact names, sorted
 */
public record NagiosContactGroup(String name, Optional<String> alias, List<String> members, NagiosLocation location) {

    public NagiosContactGroup {
        members = List.copyOf(members);
    }
}
