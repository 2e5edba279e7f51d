package io.pdgitops.live;

import io.pdgitops.diff.LiveIntegration;
import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.LiveWindow;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.diff.UserDirectory;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import io.pdgitops.model.Team;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.dto.EscalationPolicyDto;
import io.pdgitops.pagerduty.dto.ScheduleDto;
import io.pdgitops.pagerduty.dto.ScheduleLayerDto;
import io.pdgitops.pagerduty.dto.ServiceDto;
import io.pdgitops.pagerduty.dto.TeamDto;
import io.pdgitops.pagerduty.dto.TeamMemberDto;
import io.pdgitops.pagerduty.dto.UserDto;
import io.pdgitops.pagerduty.dto.VendorDto;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * Reads the whole account in one list read per kind (100 objects a call): users, teams, schedules with their
 * layers, escalation policies, services with their integrations, and vendors when an integration needs them.
 * Team members cost one call per team, and only for teams whose members the YAML manages with roles: who is in
 * a team the user list already says, but a member's role only {@code GET /teams/{id}/members} does. The kinds are read
 * side by side (each kind's pages one after another, as offset paging needs) and team members across teams, all
 * through the one client whose rate limiter paces them together; the result does not depend on which read ends
 * first. With a {@link MemberCache} a long-running process skips the members read of teams that cannot have
 * changed since its last read.
 */
public final class LiveStateReader {

    /** Enough to keep PagerDuty's 960 requests a minute busy at typical latencies; the client paces them all. */
    public static final int DEFAULT_CONCURRENCY = 4;

    private final PagerDutyClient client;
    private final int concurrency;
    private final MemberCache memberCache;
    private final AccountCache accountCache;

    public LiveStateReader(PagerDutyClient client) {
        this(client, DEFAULT_CONCURRENCY);
    }

    /** @param memberCache team members kept from earlier reads of this process, re-read only when needed */
    public LiveStateReader(PagerDutyClient client, MemberCache memberCache) {
        this(client, DEFAULT_CONCURRENCY, memberCache, null);
    }

    /** @param concurrency how many reads run at once: kinds side by side, and team members across teams */
    public LiveStateReader(PagerDutyClient client, int concurrency) {
        this(client, concurrency, null, null);
    }

    private LiveStateReader(PagerDutyClient client, int concurrency, MemberCache memberCache,
            AccountCache accountCache) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("live read concurrency must be at least 1, was " + concurrency);
        }
        this.client = client;
        this.concurrency = concurrency;
        this.memberCache = memberCache;
        this.accountCache = accountCache;
    }

    /**
     * @param desired decides which teams' members are read and whether vendors are; its maintenance windows, whether
     *     the open windows are
     * @param now layers that ended before it are left out
     */
    public LiveAccount read(DesiredState desired, Instant now) {
        return read(desired, now, Set.of());
    }

    /**
     * As {@link #read(DesiredState, Instant)}.
     *
     * @param recorded the kinds the last apply recorded: maintenance windows, business services and webhook
     *     subscriptions are read when Git declares some or the last apply recorded some, as their pruning needs them
     *     even when Git declares none
     */
    public LiveAccount read(DesiredState desired, Instant now, Set<ResourceKind> recorded) {
        return read(desired, now, recorded, Set.of());
    }

    /**
     * As {@link #read(DesiredState, Instant, Set)}.
     *
     * @param recordedRules the services whose event rules the last apply recorded: their orchestrations are read
     *     even when Git no longer declares the rules, as their reset needs them
     */
    public LiveAccount read(DesiredState desired, Instant now, Set<ResourceKind> recorded, Set<String> recordedRules) {
        Set<String> withRoles = desired.teams().stream()
                .filter(team -> team.members().orElse(List.of()).stream().anyMatch(member -> member.role().isPresent()))
                .map(Team::name)
                .collect(Collectors.toSet());
        Set<String> withoutRoles = desired.teams().stream()
                .filter(team -> team.members().isPresent() && !withRoles.contains(team.name()))
                .map(Team::name)
                .collect(Collectors.toSet());
        boolean vendorsDeclared = desired.services().stream()
                .flatMap(service -> service.integrations().orElse(List.of()).stream())
                .anyMatch(integration -> integration.type() == IntegrationType.VENDOR);
        if (memberCache != null) {
            memberCache.begin(now);
        }
        boolean contactsWanted = desired.settings().manageUsers() && !desired.users().isEmpty();
        LiveRecords records = withMembersFromUsers(records(withRoles::contains, vendorsDeclared, contactsWanted, now),
                withoutRoles);
        records = new LiveTags(client, concurrency).read(records, desired);
        if (recorded.contains(ResourceKind.MAINTENANCE_WINDOW) || !desired.maintenanceWindows().isEmpty()) {
            // Read on every plan, never kept by the account cache: windows start and end with time alone, which no
            // audit record tells.
            records = withWindows(records);
        }
        records = new LiveBusinessServices(client, concurrency).read(records, desired,
                recorded.contains(ResourceKind.BUSINESS_SERVICE));
        records = new LiveEventRules(client, concurrency).read(records, desired, recordedRules);
        records = LiveWebhookSubscriptions.read(client, records, desired, recorded);
        LiveAccount account = map(records, now, accountCache == null ? new ServiceMappings() : accountCache.serviceMappings());
        if (!desired.settings().manageUsers() || desired.users().isEmpty()) {
            return account;
        }
        // Read on every plan, never kept by the account cache: the audit trail says nothing of contact methods. A
        // read without the cache took them with the users list already.
        List<UserDto> withContacts = accountCache == null ? records.users() : client.users().listWithContacts();
        return new LiveAccount(account.state().withContacts(LiveUserContactsReader.read(client, withContacts,
                        desired.users(), LiveUserContactsReader.tagsIn(records))),
                account.userIds(), account.currentLayers(), account.vendorIds());
    }

    /**
     * @param cache the account kept between reads of this process, brought up to date through the audit trail
     *     where PagerDuty has one
     */
    public LiveStateReader withAccountCache(AccountCache cache) {
        return new LiveStateReader(client, concurrency, memberCache, cache);
    }

    private LiveRecords records(Predicate<String> readMembers, boolean vendorsWanted, boolean contactsWanted,
            Instant now) {
        if (accountCache == null) {
            return fetch(readMembers, vendorsWanted, contactsWanted);
        }
        LiveRecords records = accountCache.refresh(client, () -> fetch(readMembers, vendorsWanted), readMembers,
                this::membersKept, now);
        if (vendorsWanted && records.vendors().isEmpty()) {
            // Vendors are read with the full read only, and only when wanted: this read now wants them.
            accountCache.clear();
            records = accountCache.refresh(client, () -> fetch(readMembers, true), readMembers, this::membersKept, now);
        }
        return records;
    }

    private List<TeamMemberDto> membersKept(TeamDto team) {
        List<TeamMemberDto> members = client.teams().members(team.id());
        if (memberCache != null) {
            memberCache.keep(team.id(), team.name(), members);
        }
        return members;
    }

    /** Adds the members of the teams named {@code teams}, as the user list has them (no call, no roles). */
    private static LiveRecords withMembersFromUsers(LiveRecords records, Set<String> teams) {
        if (teams.isEmpty()) {
            return records;
        }
        Set<String> teamIds = records.teams().stream()
                .filter(team -> teams.contains(team.name()))
                .map(TeamDto::id)
                .collect(Collectors.toSet());
        Map<String, List<TeamMemberDto>> members =
                new HashMap<>(MembersFromUsers.of(records.users(), teamIds));
        members.putAll(records.members());
        return new LiveRecords(records.users(), records.teams(), records.schedules(), records.policies(),
                records.services(), records.vendors(), members);
    }

    /**
     * Everything in one list read per kind, plus the members of the teams {@code readMembers} accepts (one call
     * each) and the vendors when {@code vendorsWanted} or a live integration has one.
     *
     * @param readMembers gets team names
     */
    public LiveRecords fetch(Predicate<String> readMembers, boolean vendorsWanted) {
        return fetch(readMembers, vendorsWanted, false);
    }

    /**
     * As {@link #fetch(Predicate, boolean)}.
     *
     * @param contactsWanted the users are read with their contact methods and notification rules, in the same
     *     pages, for the User documents that need them
     */
    public LiveRecords fetch(Predicate<String> readMembers, boolean vendorsWanted, boolean contactsWanted) {
        try (ConcurrentReads reads = new ConcurrentReads(concurrency)) {
            Future<List<UserDto>> users = reads.submit(() -> contactsWanted ? client.users().listWithContacts()
                    : client.users().list());
            Future<List<TeamDto>> teamsRead = reads.submit(() -> client.teams().list());
            Future<List<ScheduleDto>> schedules = reads.submit(() -> client.schedules().list());
            Future<List<EscalationPolicyDto>> policies =
                    reads.submit(() -> client.escalationPolicies().list());
            Future<List<ServiceDto>> servicesRead = reads.submit(() -> client.services().list());
            Future<List<VendorDto>> wantedVendors = vendorsWanted ? reads.submit(() -> client.vendors().list()) : null;

            // Waited for in kind order: of several failed reads, the first kind's error is the one reported.
            List<UserDto> userList = reads.get(users);
            List<TeamDto> teams = reads.get(teamsRead);
            Map<String, Future<List<TeamMemberDto>>> memberReads = new LinkedHashMap<>();
            Map<String, List<TeamMemberDto>> members = new HashMap<>();
            for (TeamDto team : teams) {
                if (!readMembers.test(team.name())) {
                    continue;
                }
                List<TeamMemberDto> kept = memberCache == null ? null : memberCache.kept(team.id(), team.name(), userList);
                if (kept != null) {
                    members.put(team.id(), kept);
                } else {
                    memberReads.put(team.id(), reads.submit(() -> client.teams().members(team.id())));
                }
            }
            List<ScheduleDto> scheduleList = reads.get(schedules);
            List<EscalationPolicyDto> policyList = reads.get(policies);
            List<ServiceDto> services = reads.get(servicesRead);
            List<VendorDto> vendors = wantedVendors != null ? reads.get(wantedVendors)
                    : hasVendorIntegration(services) ? client.vendors().list() : List.of();
            Map<String, String> teamNames = ids(teams, TeamDto::id, TeamDto::name);
            memberReads.forEach((teamId, read) -> {
                List<TeamMemberDto> got = reads.get(read);
                members.put(teamId, got);
                if (memberCache != null) {
                    memberCache.keep(teamId, teamNames.get(teamId), got);
                }
            });
            return new LiveRecords(userList, teams, scheduleList, policyList, services, vendors, members);
        }
    }

    /** {@code records} with the tags of every team and escalation policy: one call each. */
    public LiveRecords withAllTags(LiveRecords records) {
        return withAllTags(records, false);
    }

    /** As {@link #withAllTags(LiveRecords)}, and with {@code users} every user's too, for their User documents. */
    public LiveRecords withAllTags(LiveRecords records, boolean users) {
        return new LiveTags(client, concurrency).readAll(records, users);
    }

    /** {@code records} with PagerDuty's open maintenance windows: one list read, a page per hundred windows. */
    public LiveRecords withWindows(LiveRecords records) {
        return records.withWindows(client.maintenanceWindows().list());
    }

    /** {@code records} with every business service and the services that support each: one call each. */
    public LiveRecords withAllBusinessServices(LiveRecords records) {
        return new LiveBusinessServices(client, concurrency).readAll(records);
    }

    /** {@code records} with every service's event orchestration: one call each. */
    public LiveRecords withAllEventRules(LiveRecords records) {
        return new LiveEventRules(client, concurrency).readAll(records);
    }

    /** {@code records} with every webhook subscription: one list read, a page per hundred. */
    public LiveRecords withAllWebhooks(LiveRecords records) {
        return records.withWebhooks(client.webhookSubscriptions().list());
    }

    /** The records in the model; pure. */
    public static LiveAccount map(LiveRecords records, Instant now) {
        return map(records, now, new ServiceMappings());
    }

    /** As {@link #map(LiveRecords, Instant)}, taking from {@code kept} the services whose records are unchanged. */
    static LiveAccount map(LiveRecords records, Instant now, ServiceMappings kept) {
        List<UserDto> users = records.users();
        NameBook names = new NameBook(
                ids(records.teams(), TeamDto::id, TeamDto::name),
                ids(records.schedules(), ScheduleDto::id, ScheduleDto::name),
                ids(records.policies(), EscalationPolicyDto::id,
                        EscalationPolicyDto::name),
                ids(users, UserDto::id, user -> user.email() == null ? user.id() : user.email()),
                ids(records.vendors(), VendorDto::id, VendorDto::name));

        List<LiveObject<Team>> liveTeams = records.teams().stream()
                .map(team -> new LiveObject<>(team.id(), LiveTeams.team(team, names,
                        Optional.ofNullable(records.members().get(team.id())),
                        LiveTags.labels(records, LiveTags.TEAMS, team.id()),
                        userId -> LiveTags.labels(records, LiveTags.USERS, userId))))
                .toList();
        List<LiveObject<Schedule>> liveSchedules = new ArrayList<>();
        Map<String, List<ScheduleLayerDto>> currentLayers = new HashMap<>();
        for (ScheduleDto schedule : records.schedules()) {
            liveSchedules.add(new LiveObject<>(schedule.id(), LiveSchedules.schedule(schedule, names, now)));
            currentLayers.put(schedule.id(), LiveSchedules.current(schedule, now));
        }
        List<LiveObject<EscalationPolicy>> livePolicies = records.policies().stream()
                .map(policy -> new LiveObject<>(policy.id(), LivePolicies.policy(policy, names,
                        LiveTags.labels(records, LiveTags.POLICIES, policy.id()))))
                .toList();
        List<LiveObject<Service>> liveServices = new ArrayList<>();
        Map<String, List<LiveIntegration>> integrations = new HashMap<>();
        Map<ServiceDto, ServiceMappings.Mapped> known = kept.keptFor(names);
        IdentityHashMap<ServiceDto, ServiceMappings.Mapped> current = new IdentityHashMap<>();
        int fresh = 0;
        for (ServiceDto service : records.services()) {
            ServiceMappings.Mapped mapped = known.get(service);
            if (mapped == null) {
                mapped = new ServiceMappings.Mapped(LiveServices.service(service, names),
                        LiveServices.integrations(service, names));
                fresh++;
            }
            current.put(service, mapped);
            liveServices.add(new LiveObject<>(service.id(),
                    mapped.service().withEventRules(LiveEventRules.of(records, service.id()))));
            integrations.put(service.id(), mapped.integrations());
        }
        kept.keep(names, current, fresh);

        Map<String, String> userNames = new HashMap<>();
        Map<String, String> userIds = new HashMap<>();
        for (UserDto user : users) {
            if (user.email() != null) {
                userNames.put(user.email(), user.name() == null ? user.email() : user.name());
                userIds.put(user.email().toLowerCase(Locale.ROOT), user.id());
            }
        }
        Map<String, String> vendorIds = new HashMap<>();
        records.vendors().forEach(vendor -> vendorIds.put(vendor.name().toLowerCase(Locale.ROOT), vendor.id()));
        Map<String, String> serviceNames = ids(records.services(), ServiceDto::id, ServiceDto::name);
        List<LiveWindow> windows = records.windows().stream()
                .map(window -> LiveMaintenanceWindows.of(window, serviceNames))
                .toList();
        LiveState state = new LiveState(liveTeams, liveSchedules, livePolicies, liveServices, integrations,
                new UserDirectory(userNames), windows, LiveBusinessServices.map(records, names),
                LiveWebhookSubscriptions.map(records.webhooks(), serviceNames,
                        ids(records.teams(), TeamDto::id, TeamDto::name)));
        return new LiveAccount(state, userIds, currentLayers, vendorIds);
    }

    private static boolean hasVendorIntegration(List<ServiceDto> services) {
        return services.stream()
                .filter(service -> service.integrations() != null)
                .flatMap(service -> service.integrations().stream())
                .anyMatch(integration -> integration.vendor() != null);
    }

    private static <T> Map<String, String> ids(List<T> items, Function<T, String> id, Function<T, String> name) {
        Map<String, String> names = new HashMap<>();
        items.forEach(item -> names.put(id.apply(item), name.apply(item)));
        return names;
    }
}
