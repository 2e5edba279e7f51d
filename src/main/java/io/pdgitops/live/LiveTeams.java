package io.pdgitops.live;

import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A PagerDuty team in the model. */
final class LiveTeams {

    private LiveTeams() {
    }

    /**
     * @param members read only for teams whose members the YAML manages; empty otherwise
     * @param tags read only for teams whose tags the YAML declares; empty otherwise
     * @param userTags by user id, read only for users whose tags the YAML declares; empty otherwise
     */
    static Team team(io.pdgitops.pagerduty.dto.TeamDto team, NameBook names,
            Optional<List<io.pdgitops.pagerduty.dto.TeamMemberDto>> members, Optional<List<String>> tags,
            Function<String, Optional<List<String>>> userTags) {
        Optional<String> parent = team.parent() == null ? Optional.empty() : Optional.of(names.team(team.parent()));
        return new Team(team.name(), NameBook.description(team.description()), parent,
                members.map(list -> list.stream()
                        .map(member -> new TeamMember(names.user(member.user()), Optional.ofNullable(member.role()),
                                userTags.apply(member.user().id())))
                        .toList()),
                tags, NameBook.PAGERDUTY);
    }
}
