package io.pdgitops.live;

import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.TeamMemberDto;
import io.pdgitops.pagerduty.dto.UserDto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Team members as the user list already tells them: every user carries references to its teams, so who is in a
 * team costs no call of its own. The role is not there (only {@code GET /teams/{id}/members} has it), so members
 * found this way have none, which is enough wherever the YAML gives no role to compare.
 */
final class MembersFromUsers {

    private MembersFromUsers() {
    }

    /** @return by team id, for each of {@code teamIds}, its members without roles (an empty list for none) */
    static Map<String, List<TeamMemberDto>> of(List<UserDto> users, Set<String> teamIds) {
        Map<String, List<TeamMemberDto>> members = new HashMap<>();
        teamIds.forEach(teamId -> members.put(teamId, new ArrayList<>()));
        for (UserDto user : users) {
            for (Reference team : user.teams() == null ? List.<Reference>of() : user.teams()) {
                List<TeamMemberDto> ofTeam = members.get(team.id());
                if (ofTeam != null) {
                    ofTeam.add(new TeamMemberDto(Reference.user(user.id()), null));
                }
            }
        }
        return members;
    }
}
