package io.pdgitops.validate;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Roster;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Suggestions;
import io.pdgitops.model.Target;
import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;
import io.pdgitops.model.User;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every user email the repository writes must belong to a user of the PagerDuty account. Users are not declared in
 * Git, so this cannot be checked offline: the plan checks it against the account's user list, which its live read
 * has anyway, before anything is written. Without it an unknown email passes the plan and fails half-way through
 * an apply, with no file and line.
 */
public final class UserReferences {

    private UserReferences() {
    }

    /**
     * One error per place an unknown email is written, at that place, in file order.
     *
     * @param knownEmails the account's user emails, any case (PagerDuty matches emails case-insensitively)
     */
    public static List<Violation> unknown(DesiredState desired, Set<String> knownEmails) {
        Known known = new Known(knownEmails, lowerCase(knownEmails));
        List<Violation> found = new ArrayList<>();
        for (Team team : desired.teams()) {
            List<TeamMember> members = team.members().orElse(List.of());
            for (int m = 0; m < members.size(); m++) {
                check(team.origin(), FieldPath.of("members", m, "user"), members.get(m).user(), known, found);
            }
        }
        for (Schedule schedule : desired.schedules()) {
            if (desired.rosterOf(schedule).isPresent()) {
                continue; // its layers repeat the roster's members, checked at the members' own lines below
            }
            for (int l = 0; l < schedule.layers().size(); l++) {
                List<String> users = schedule.layers().get(l).users();
                for (int u = 0; u < users.size(); u++) {
                    check(schedule.origin(), FieldPath.of("layers", l, "users", u), users.get(u), known, found);
                }
            }
        }
        for (Roster roster : desired.rosters()) {
            for (int m = 0; m < roster.members().size(); m++) {
                check(roster.origin(), FieldPath.of("members", m, "user"), roster.members().get(m).user(), known, found);
            }
        }
        for (EscalationPolicy policy : desired.escalationPolicies()) {
            for (int r = 0; r < policy.rules().size(); r++) {
                List<Target> targets = policy.rules().get(r).targets();
                for (int t = 0; t < targets.size(); t++) {
                    if (targets.get(t).type() == Target.Type.USER) {
                        check(policy.origin(), FieldPath.of("rules", r, "targets", t, "user"),
                                targets.get(t).reference(), known, found);
                    }
                }
            }
        }
        for (User user : desired.users()) {
            check(user.origin(), FieldPath.of("email"), user.email(), known, found);
        }
        found.sort(Violation.BY_POSITION);
        return List.copyOf(found);
    }

    private static void check(Origin origin, String path, String email, Known known, List<Violation> found) {
        if (known.lowerCase().contains(email.toLowerCase(Locale.ROOT))) {
            return;
        }
        found.add(Violation.error(ViolationCode.DANGLING_REFERENCE, origin.locationOf(path),
                "user `" + email + "` is not a user of the PagerDuty account"
                        + Suggestions.hint(email, known.asWritten())));
    }

    /** The account's emails as PagerDuty has them (for "did you mean") and lower-cased (to match). */
    private record Known(Set<String> asWritten, Set<String> lowerCase) {
    }

    private static Set<String> lowerCase(Set<String> emails) {
        Set<String> lower = new HashSet<>();
        emails.forEach(email -> lower.add(email.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
