package io.pdgitops.write;

import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;
import java.util.Map;

/** A {@link Team} as the fields of its YAML document. */
final class TeamDocument {

    private TeamDocument() {
    }

    static Map<String, Object> of(Team team) {
        return DocumentFields.of("Team", team.name())
                .putIfPresent("description", team.description())
                .putIfPresent("parent", team.parent())
                .putIfPresent("tags", team.tags())
                .putIfPresent("members", team.members().map(members -> members.stream().map(TeamDocument::member).toList()))
                .map();
    }

    private static Map<String, Object> member(TeamMember member) {
        return new DocumentFields().put("user", member.user()).putIfPresent("role", member.role()).map();
    }
}
