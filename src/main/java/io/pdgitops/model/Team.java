package io.pdgitops.model;

import java.util.List;
import java.util.Optional;

/**
 * A declared team.
 *
 * @param members empty when not managed; a present empty list means "no members"
 */
public record Team(
        String name,
        Optional<String> description,
        Optional<String> parent,
        Optional<List<TeamMember>> members,
        Origin origin) implements DeclaredObject {

    public Team {
        members = members.map(List::copyOf);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.TEAM;
    }
}
