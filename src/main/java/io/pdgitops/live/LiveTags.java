package io.pdgitops.live;

import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Tagged;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.dto.EscalationPolicyDto;
import io.pdgitops.pagerduty.dto.TagDto;
import io.pdgitops.pagerduty.dto.TeamDto;
import io.pdgitops.pagerduty.dto.UserDto;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The tags of the teams, escalation policies and team members whose YAML declares {@code tags:}, one call each
 * ({@code GET /{entity_type}/{id}/tags}). PagerDuty's lists of teams and policies carry no tags and
 * {@code /tags} does not say which objects carry a tag, so an object's tags cost a call of their own;
 * objects without {@code tags:} leave theirs alone and are not read.
 */
final class LiveTags {

    static final String USERS = "users";
    static final String TEAMS = "teams";
    static final String POLICIES = "escalation_policies";

    private final PagerDutyClient client;
    private final int concurrency;

    LiveTags(PagerDutyClient client, int concurrency) {
        this.client = client;
        this.concurrency = concurrency;
    }

    /** The tags of the objects {@code desired} declares with {@code tags:}. */
    LiveRecords read(LiveRecords records, DesiredState desired) {
        Set<String> teams = tagged(desired.teams());
        Set<String> policies = tagged(desired.escalationPolicies());
        Set<String> users = desired.teams().stream()
                .flatMap(team -> team.members().orElse(List.of()).stream())
                .filter(member -> member.tags().isPresent())
                .map(member -> member.user().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (teams.isEmpty() && policies.isEmpty() && users.isEmpty()) {
            return records;
        }
        return read(records, teams::contains, policies::contains, users::contains);
    }

    /** The tags of every team and escalation policy, as export writes them all. */
    LiveRecords readAll(LiveRecords records) {
        return read(records, name -> true, name -> true, email -> false);
    }

    /** @param users gets lower-case emails */
    private LiveRecords read(LiveRecords records, Predicate<String> teams, Predicate<String> policies,
            Predicate<String> users) {
        Map<String, Future<List<TagDto>>> reads = new LinkedHashMap<>();
        Map<String, List<TagDto>> tags = new LinkedHashMap<>();
        try (ConcurrentReads pool = new ConcurrentReads(concurrency)) {
            submit(pool, reads, TEAMS, records.teams(), teams, TeamDto::name, TeamDto::id);
            submit(pool, reads, POLICIES, records.policies(), policies, EscalationPolicyDto::name, EscalationPolicyDto::id);
            submit(pool, reads, USERS, records.users(), users,
                    user -> user.email() == null ? "" : user.email().toLowerCase(Locale.ROOT), UserDto::id);
            reads.forEach((key, read) -> tags.put(key, pool.get(read)));
        }
        return records.withTags(tags);
    }

    /** The labels read for one entity; empty when its tags were not read. */
    static Optional<List<String>> labels(LiveRecords records, String entityType, String id) {
        return Optional.ofNullable(records.tags().get(LiveRecords.tagKey(entityType, id)))
                .map(tags -> tags.stream().map(TagDto::label).toList());
    }

    private <T> void submit(ConcurrentReads pool, Map<String, Future<List<TagDto>>> reads, String entityType,
            List<T> live, Predicate<String> wanted, Function<T, String> nameOf, Function<T, String> idOf) {
        for (T object : live) {
            if (wanted.test(nameOf.apply(object))) {
                String id = idOf.apply(object);
                reads.put(LiveRecords.tagKey(entityType, id), pool.submit(() -> client.tags().of(entityType, id)));
            }
        }
    }

    private static <T extends DeclaredObject & Tagged> Set<String> tagged(List<T> objects) {
        return objects.stream().filter(object -> object.tags().isPresent())
                .map(DeclaredObject::name)
                .collect(Collectors.toSet());
    }
}
