package io.pdgitops.validate;

import io.pdgitops.model.FieldPath;
import io.pdgitops.model.Team;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The team hierarchy must be a tree: following parents never comes back to the start. */
final class TeamRules {

    private TeamRules() {
    }

    static void check(List<Team> teams, List<Violation> violations) {
        Map<String, String> parents = new HashMap<>();
        teams.forEach(team -> team.parent().ifPresent(parent -> parents.putIfAbsent(team.name(), parent)));
        for (Team team : teams) {
            Set<String> chain = new LinkedHashSet<>();
            String current = team.name();
            while (current != null && chain.add(current)) {
                current = parents.get(current);
            }
            if (team.name().equals(current)) {
                violations.add(Violation.error(ViolationCode.TEAM_PARENT_CYCLE, team.origin().locationOf(FieldPath.of("parent")),
                        "team `" + team.name() + "` is its own ancestor: " + String.join(" -> ", chain) + " -> " + team.name()));
            }
        }
    }
}
