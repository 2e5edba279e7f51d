package io.pdgitops.load;

import io.pdgitops.model.Origin;
import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;

/** Builds a {@link Team} from a schema-valid Team document. */
final class TeamMapper {

    private TeamMapper() {
    }

    static Team map(Fields fields, Origin origin) {
        return new Team(
                fields.text("name"),
                fields.optionalText("description"),
                fields.optionalText("parent"),
                fields.optionalObjects("members").map(members -> members.stream()
                        .map(member -> new TeamMember(member.text("user"), member.optionalText("role"),
                                member.optionalTextList("tags")))
                        .toList()),
                fields.optionalTextList("tags"),
                origin);
    }
}
