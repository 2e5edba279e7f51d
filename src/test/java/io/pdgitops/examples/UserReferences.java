package io.pdgitops.examples;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Target;
import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;
import java.util.ArrayList;
import java.util.List;

/**
 * Every user email a desired state refers to: schedule layers, escalation targets and team members.
 * Users are referenced, not declared, so the validator cannot know them; only the sandbox seed does.
 */
final class UserReferences {

    private UserReferences() {}

    static List<UserReference> of(DesiredState state) {
        List<UserReference> references = new ArrayList<>();
        state.schedules().forEach(schedule -> inSchedule(schedule, references));
        state.escalationPolicies().forEach(policy -> inPolicy(policy, references));
        state.teams().forEach(team -> inTeam(team, references));
        return List.copyOf(references);
    }

    private static void inSchedule(Schedule schedule, List<UserReference> references) {
        for (int l = 0; l < schedule.layers().size(); l++) {
            List<String> users = schedule.layers().get(l).users();
            for (int u = 0; u < users.size(); u++) {
                references.add(at(schedule.origin(), users.get(u), "layers", l, "users", u));
            }
        }
    }

    private static void inPolicy(EscalationPolicy policy, List<UserReference> references) {
        for (int r = 0; r < policy.rules().size(); r++) {
            EscalationRule rule = policy.rules().get(r);
            for (int t = 0; t < rule.targets().size(); t++) {
                Target target = rule.targets().get(t);
                if (target.type() == Target.Type.USER) {
                    references.add(at(policy.origin(), target.reference(), "rules", r, "targets", t));
                }
            }
        }
    }

    private static void inTeam(Team team, List<UserReference> references) {
        List<TeamMember> members = team.members().orElse(List.of());
        for (int m = 0; m < members.size(); m++) {
            references.add(at(team.origin(), members.get(m).user(), "members", m));
        }
    }

    private static UserReference at(Origin origin, String email, Object... path) {
        return new UserReference(email, origin.locationOf(FieldPath.of(path)));
    }
}
