package io.pdgitops.apply;

import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;
import io.pdgitops.pagerduty.PagerDutyClient;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Makes a team's members what the YAML lists, when it lists them: adds the missing, removes the others, and
 * changes a role only where the YAML gives one. Reads the current members first, so it is safe to repeat.
 */
final class TeamMembership {

    static final String DEFAULT_ROLE = "responder";

    private final PagerDutyClient client;
    private final IdRegistry ids;

    TeamMembership(PagerDutyClient client, IdRegistry ids) {
        this.client = client;
        this.ids = ids;
    }

    /** @param empty the team is known to have no members (just created), so they are not read */
    void sync(Team team, String teamId, boolean empty) {
        if (team.members().isEmpty()) {
            return;
        }
        Map<String, String> current = new HashMap<>();
        if (!empty) {
            client.teams().members(teamId).forEach(member -> current.put(member.user().id(), member.role()));
        }
        Set<String> wanted = new HashSet<>();
        for (TeamMember member : team.members().get()) {
            String userId = ids.userId(member.user());
            wanted.add(userId);
            String role = current.get(userId);
            if (role == null) {
                client.teams().addMember(teamId, userId, member.role().orElse(DEFAULT_ROLE));
            } else if (member.role().isPresent() && !member.role().get().equals(role)) {
                client.teams().addMember(teamId, userId, member.role().get());
            }
        }
        for (String userId : current.keySet()) {
            if (!wanted.contains(userId)) {
                client.teams().removeMember(teamId, userId);
            }
        }
    }
}
