package io.pdgitops.validate;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;
import io.pdgitops.model.User;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tags the schema cannot check: PagerDuty matches labels without regard to case, so two labels
 * that differ only in case are one tag; and a user has one set of tags, declared in one place: on
 * the user's User document, or else on memberships, every one of which that declares it must
 * declare the same set. Membership tags beside a User document's are refused even when equal, so
 * that the user's tags are edited, planned and written once.
 */
final class TagRules {

    private TagRules() {
    }

    static void check(DesiredState state, List<Violation> violations) {
        state.teams().forEach(team -> checkList(team.tags(), team.origin(), FieldPath.of("tags"), violations));
        state.escalationPolicies().forEach(policy ->
                checkList(policy.tags(), policy.origin(), FieldPath.of("tags"), violations));
        Map<String, String> documentTags = new HashMap<>();
        for (User user : state.users()) {
            checkList(user.tags(), user.origin(), FieldPath.of("tags"), violations);
            if (user.tags().isPresent()) {
                documentTags.put(user.email().toLowerCase(Locale.ROOT),
                        user.origin().locationOf(FieldPath.of("tags")).toString());
            }
        }
        Map<String, Set<String>> firstTags = new HashMap<>();
        Map<String, String> firstPlace = new HashMap<>();
        for (Team team : state.teams()) {
            List<TeamMember> members = team.members().orElse(List.of());
            for (int i = 0; i < members.size(); i++) {
                TeamMember member = members.get(i);
                String path = FieldPath.of("members", i, "tags");
                checkList(member.tags(), team.origin(), path, violations);
                String document = documentTags.get(member.user().toLowerCase(Locale.ROOT));
                if (member.tags().isPresent() && document != null) {
                    violations.add(Violation.error(ViolationCode.CONFLICTING_USER_TAGS, team.origin().locationOf(path),
                            "user `" + member.user() + "` has its tags on its User document at " + document
                                    + "; a user has one set of tags, declared in one place"));
                    continue;
                }
                member.tags().ifPresent(tags -> {
                    Set<String> set = normalized(tags);
                    Set<String> first = firstTags.putIfAbsent(member.user(), set);
                    String place = team.origin().locationOf(path).toString();
                    firstPlace.putIfAbsent(member.user(), place);
                    if (first != null && !first.equals(set)) {
                        violations.add(Violation.error(ViolationCode.CONFLICTING_USER_TAGS, team.origin().locationOf(path),
                                "user `" + member.user() + "` has other tags at " + firstPlace.get(member.user())
                                        + "; a user has one set of tags"));
                    }
                });
            }
        }
    }

    /** Labels as PagerDuty compares them. */
    static Set<String> normalized(List<String> labels) {
        Set<String> set = new HashSet<>();
        labels.forEach(label -> set.add(label.toLowerCase(Locale.ROOT)));
        return set;
    }

    private static void checkList(Optional<List<String>> tags, Origin origin, String path, List<Violation> violations) {
        List<String> labels = tags.orElse(List.of());
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            String earlier = seen.putIfAbsent(label.toLowerCase(Locale.ROOT), label);
            if (earlier != null) {
                violations.add(Violation.error(ViolationCode.DUPLICATE_TAG, origin.locationOf(FieldPath.child(path, i)),
                        "tag `" + label + "` repeats `" + earlier + "`; PagerDuty labels ignore case"));
            }
        }
    }
}
