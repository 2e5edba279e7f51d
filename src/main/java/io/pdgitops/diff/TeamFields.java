package io.pdgitops.diff;

import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Flattens a team. Members compare as a set of (user, role). */
final class TeamFields {

    private TeamFields() {
    }

    static FlatFields of(FlatFields fields, Team team, UserDirectory users) {
        return fields
                .putIfPresent("parent", team.parent(), Values::text)
                .putIfPresent("members", team.members(), members -> members(members, users));
    }

    private static FlatValue members(List<TeamMember> members, UserDirectory users) {
        List<TeamMember> sorted = members.stream()
                .sorted(Comparator.comparing(member -> member.user().toLowerCase(Locale.ROOT)))
                .toList();
        return FlatValue.of(
                Values.list(sorted.stream().map(member -> users.display(member.user()) + " as " + member.role()).toList()),
                sorted.stream().map(member -> member.user().toLowerCase(Locale.ROOT) + ":" + member.role()).toList());
    }
}
