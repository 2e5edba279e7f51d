package io.pdgitops.model;

import java.util.List;
import java.util.Optional;

/**
 * A declared team.
 *
 * @param members empty when not managed; a present empty list means "no members"
 * @param tags tag labels; empty when not managed, a present empty list removes them all
 */
public record Team(
        String name,
        Optional<String> description,
        Optional<String> parent,
        Optional<List<TeamMember>> members,
        Optional<List<String>> tags,
        Origin origin) implements DeclaredObject, Tagged {

    public Team {
        members = members.map(List::copyOf);
        tags = tags.map(List::copyOf);
    }

    /** A team that leaves its tags alone. */
    public Team(String name, Optional<String> description, Optional<String> parent,
            Optional<List<TeamMember>> members, Origin origin) {
        this(name, description, parent, members, Optional.empty(), origin);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.TEAM;
    }
}
