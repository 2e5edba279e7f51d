package io.pdgitops.apply;

import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.Team;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.TeamWrite;
import java.util.List;

/** A declared team as PagerDuty's create and update body; members are separate calls. */
final class TeamBodies {

    private TeamBodies() {
    }

    static TeamWrite of(Team team, IdRegistry ids) {
        Reference parent = team.parent().map(name -> Reference.team(ids.id(ResourceKind.TEAM, name))).orElse(null);
        return new TeamWrite(team.name(), team.description().orElse(null), null, parent);
    }

    static List<Reference> references(List<String> teams, IdRegistry ids) {
        return teams.stream().map(name -> Reference.team(ids.id(ResourceKind.TEAM, name))).toList();
    }
}
