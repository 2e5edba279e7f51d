package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.TeamDto;
import io.pdgitops.pagerduty.dto.TeamMemberDto;
import io.pdgitops.pagerduty.dto.TeamWrite;
import java.util.List;
import java.util.Map;

/**
 * {@code /teams}, their members and their escalation policies. A delete fails (error 6006) while the team still
 * has escalation policies, services, schedules or subteams.
 */
public final class TeamsApi extends NamedResourceApi<TeamDto, TeamWrite> {

    TeamsApi(Entities entities) {
        super(entities, new Kind<>("/teams", "team", "teams", TeamDto.class, TeamDto::id, TeamDto::name, Query.none(),
                Query.none()));
    }

    public List<TeamMemberDto> members(String teamId) {
        return entities.getAll(ApiPath.of("/teams/{id}/members", teamId), Query.none(), "members", TeamMemberDto.class,
                member -> member.user() == null ? null : member.user().id());
    }

    /** Adds the user, or changes their role; {@code role} is {@code observer}, {@code responder} or {@code manager}. */
    public void addMember(String teamId, String userId, String role) {
        entities.put(membership(teamId, userId), Map.of("role", role));
    }

    public void removeMember(String teamId, String userId) {
        entities.delete(membership(teamId, userId), Query.none());
    }

    public void addEscalationPolicy(String teamId, String escalationPolicyId) {
        entities.put(policyAssociation(teamId, escalationPolicyId), null);
    }

    public void removeEscalationPolicy(String teamId, String escalationPolicyId) {
        entities.delete(policyAssociation(teamId, escalationPolicyId), Query.none());
    }

    private static ApiPath membership(String teamId, String userId) {
        return ApiPath.of("/teams/{id}/users/{user_id}", teamId, userId);
    }

    private static ApiPath policyAssociation(String teamId, String escalationPolicyId) {
        return ApiPath.of("/teams/{id}/escalation_policies/{escalation_policy_id}", teamId, escalationPolicyId);
    }
}
