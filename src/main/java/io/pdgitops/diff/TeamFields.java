package io.pdgitops.diff;

import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;
import java.util.List;
import java.util.Locale;

/**
 * Flattens a team. Declared members compare as a set of users; a member's role only when the YAML
 * gives one, under {@code members["<email>"].role}. Declared tags compare as a set of labels without
 * regard to case, as PagerDuty matches them.
 */
final class TeamFields {

    private TeamFields() {
    }

    static FlatFields of(FlatFields fields, Team team, UserDirectory users) {
        fields.putIfPresent("parent", team.parent(), Values::text)
                .putIfPresent("members", team.members(), members -> Values.userSet(emails(members), users))
                .putIfPresent("tags", team.tags(), Values::nameSet);
        for (TeamMember member : team.members().orElse(List.of())) {
            fields.putIfPresent(FlatFields.named("members", member.user().toLowerCase(Locale.ROOT)) + ".role",
                    member.role(), FlatValue::plain);
            fields.putIfPresent(FlatFields.named("members", member.user().toLowerCase(Locale.ROOT)) + ".tags",
                    member.tags(), Values::nameSet);
        }
        return fields;
    }

    private static List<String> emails(List<TeamMember> members) {
        return members.stream().map(TeamMember::user).toList();
    }
}
