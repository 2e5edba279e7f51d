package io.pdgitops.live;

import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Tagged;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.dto.EscalationPolicyDto;
import io.pdgitops.pagerduty.dto.TagDto;
import io.pdgitops.pagerduty.dto.TeamDto;
import io.pdgitops.pagerduty.dto.UserDto;
import java.util.ArrayList;
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
import java.util.stream.Stream;

/**
 * The tags of the teams, escalation policies and users whose YAML declares {@code tags:} (a user's on its User
 * document or its memberships). PagerDuty's lists of teams, policies and users carry no tags, so they are read
 * either object by object ({@code GET /{entity_type}/{id}/tags}) or tag by tag ({@code GET /tags/{id}/{entity_type}}),
 * whichever takes fewer calls; objects without {@code tags:} leave theirs alone and are not read.
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
        Map<String, List<String>> userTags = userTags(desired);
        if (teams.isEmpty() && policies.isEmpty() && userTags.isEmpty()) {
            return records;
        }
        return read(records, teams::contains, policies::contains, userTags::containsKey, declaredLabels(desired));
    }

    /**
     * The tags of every team and escalation policy, as export writes them all.
     *
     * @param users also every user's, for the User documents of {@code export --users}
     */
    LiveRecords readAll(LiveRecords records, boolean users) {
        return read(records, name -> true, name -> true, email -> users, 0);
    }

    /**
     * By lower-case email, the tags Git declares for each user: on the user's User document, or on its memberships
     * (validation keeps them to one place and, across memberships, to one set).
     */
    static Map<String, List<String>> userTags(DesiredState desired) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        desired.users().forEach(user -> user.tags().ifPresent(labels ->
                tags.put(user.email().toLowerCase(Locale.ROOT), labels)));
        desired.teams().stream()
                .flatMap(team -> team.members().orElse(List.of()).stream())
                .forEach(member -> member.tags().ifPresent(labels ->
                        tags.putIfAbsent(member.user().toLowerCase(Locale.ROOT), labels)));
        return tags;
    }

    /**
     * @param users gets lower-case emails
     * @param fewestLabels how many tags the account has at least: the labels Git declares, which an applied
     *     account carries
     */
    private LiveRecords read(LiveRecords records, Predicate<String> teams, Predicate<String> policies,
            Predicate<String> users, long fewestLabels) {
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        wanted.put(TEAMS, ids(records.teams(), teams, TeamDto::name, TeamDto::id));
        wanted.put(POLICIES, ids(records.policies(), policies, EscalationPolicyDto::name, EscalationPolicyDto::id));
        wanted.put(USERS, ids(records.users(), users,
                user -> user.email() == null ? "" : user.email().toLowerCase(Locale.ROOT), UserDto::id));
        wanted.values().removeIf(List::isEmpty);
        int objects = wanted.values().stream().mapToInt(List::size).sum();
        try (ConcurrentReads pool = new ConcurrentReads(concurrency)) {
            // Tag by tag costs the tag list and at least a read per label and kind, so it cannot win otherwise.
            Optional<Map<String, List<TagDto>>> byTag = 1 + fewestLabels * wanted.size() < objects
                    ? byTag(pool, wanted, objects)
                    : Optional.empty();
            return records.withTags(byTag.orElseGet(() -> byObject(pool, wanted)));
        }
    }

    /** One {@code GET /{entity_type}/{id}/tags} per object. */
    private Map<String, List<TagDto>> byObject(ConcurrentReads pool, Map<String, List<String>> wanted) {
        Map<String, Future<List<TagDto>>> reads = new LinkedHashMap<>();
        wanted.forEach((entityType, ids) -> ids.forEach(id ->
                reads.put(LiveRecords.tagKey(entityType, id), pool.submit(() -> client.tags().of(entityType, id)))));
        Map<String, List<TagDto>> tags = new LinkedHashMap<>();
        reads.forEach((key, read) -> tags.put(key, pool.get(read)));
        return tags;
    }

    /**
     * The account's tags, then one {@code GET /tags/{id}/{entity_type}} per tag and entity type in use: cheaper
     * than reading object by object when many objects share few labels (a tier on every user, a site on every
     * team). The tag list is read only when that could win, and the reads by tag only when they do; otherwise
     * the objects are read one by one after all.
     */
    private Optional<Map<String, List<TagDto>>> byTag(ConcurrentReads pool, Map<String, List<String>> wanted,
            int objects) {
        List<TagDto> all = client.tags().list(null);
        if ((long) all.size() * wanted.size() >= objects) {
            return Optional.empty();
        }
        Map<String, List<TagDto>> tags = new LinkedHashMap<>();
        wanted.forEach((entityType, ids) -> ids.forEach(id -> tags.put(LiveRecords.tagKey(entityType, id), new ArrayList<>())));
        Map<TagDto, Map<String, Future<List<String>>>> reads = new LinkedHashMap<>();
        for (TagDto tag : all) {
            Map<String, Future<List<String>>> perType = new LinkedHashMap<>();
            wanted.keySet().forEach(entityType ->
                    perType.put(entityType, pool.submit(() -> client.tags().entities(tag.id(), entityType))));
            reads.put(tag, perType);
        }
        reads.forEach((tag, perType) -> perType.forEach((entityType, read) -> pool.get(read).forEach(id -> {
            List<TagDto> carried = tags.get(LiveRecords.tagKey(entityType, id));
            if (carried != null) {
                carried.add(tag);
            }
        })));
        return Optional.of(tags);
    }

    /** The labels read for one entity; empty when its tags were not read. */
    static Optional<List<String>> labels(LiveRecords records, String entityType, String id) {
        return Optional.ofNullable(records.tags().get(LiveRecords.tagKey(entityType, id)))
                .map(tags -> tags.stream().map(TagDto::label).toList());
    }

    private static <T> List<String> ids(List<T> live, Predicate<String> wanted, Function<T, String> nameOf,
            Function<T, String> idOf) {
        return live.stream().filter(object -> wanted.test(nameOf.apply(object))).map(idOf).toList();
    }

    private static long declaredLabels(DesiredState desired) {
        return Stream.of(desired.teams().stream().flatMap(team -> team.tags().orElse(List.of()).stream()),
                        userTags(desired).values().stream().flatMap(List::stream),
                        desired.escalationPolicies().stream().flatMap(policy -> policy.tags().orElse(List.of()).stream()))
                .flatMap(labels -> labels)
                .map(label -> label.toLowerCase(Locale.ROOT))
                .distinct()
                .count();
    }

    private static <T extends DeclaredObject & Tagged> Set<String> tagged(List<T> objects) {
        return objects.stream().filter(object -> object.tags().isPresent())
                .map(DeclaredObject::name)
                .collect(Collectors.toSet());
    }
}
