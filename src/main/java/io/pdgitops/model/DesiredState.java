package io.pdgitops.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a repository declares, in plan order (teams, schedules, escalation policies, services, business
 * services, webhook subscriptions),
 * each list in the order the documents were read (files sorted by path).
 *
 * @param fileCount number of YAML files read, for summaries
 * @param rosters the rosters read; each one that compiled is also in {@code schedules} under its name
 * @param maintenanceWindows as declared (weekly rules unexpanded: expanding needs "now")
 * @param businessServices as declared
 * @param webhookSubscriptions as declared
 * @param users how existing users are reached, declared only with {@code manage_users: true} (not objects of the
 *     plan order: users are referenced, never created)
 */
public record DesiredState(
        RepoSettings settings,
        List<Team> teams,
        List<Schedule> schedules,
        List<EscalationPolicy> escalationPolicies,
        List<Service> services,
        int fileCount,
        List<Roster> rosters,
        List<MaintenanceWindow> maintenanceWindows,
        List<BusinessService> businessServices,
        List<WebhookSubscription> webhookSubscriptions,
        List<User> users) {

    public DesiredState {
        teams = List.copyOf(teams);
        schedules = List.copyOf(schedules);
        escalationPolicies = List.copyOf(escalationPolicies);
        services = List.copyOf(services);
        rosters = List.copyOf(rosters);
        maintenanceWindows = List.copyOf(maintenanceWindows);
        businessServices = List.copyOf(businessServices);
        webhookSubscriptions = List.copyOf(webhookSubscriptions);
        users = List.copyOf(users);
    }

    /** A state without user documents. */
    public DesiredState(RepoSettings settings, List<Team> teams, List<Schedule> schedules,
            List<EscalationPolicy> escalationPolicies, List<Service> services, int fileCount, List<Roster> rosters,
            List<MaintenanceWindow> maintenanceWindows, List<BusinessService> businessServices,
            List<WebhookSubscription> webhookSubscriptions) {
        this(settings, teams, schedules, escalationPolicies, services, fileCount, rosters, maintenanceWindows,
                businessServices, webhookSubscriptions, List.of());
    }

    /** A state without webhook subscriptions or user documents. */
    public DesiredState(RepoSettings settings, List<Team> teams, List<Schedule> schedules,
            List<EscalationPolicy> escalationPolicies, List<Service> services, int fileCount, List<Roster> rosters,
            List<MaintenanceWindow> maintenanceWindows, List<BusinessService> businessServices) {
        this(settings, teams, schedules, escalationPolicies, services, fileCount, rosters, maintenanceWindows,
                businessServices, List.of());
    }

    /** A state without business services. */
    public DesiredState(RepoSettings settings, List<Team> teams, List<Schedule> schedules,
            List<EscalationPolicy> escalationPolicies, List<Service> services, int fileCount, List<Roster> rosters,
            List<MaintenanceWindow> maintenanceWindows) {
        this(settings, teams, schedules, escalationPolicies, services, fileCount, rosters, maintenanceWindows, List.of());
    }

    /** A state without maintenance windows. */
    public DesiredState(RepoSettings settings, List<Team> teams, List<Schedule> schedules,
            List<EscalationPolicy> escalationPolicies, List<Service> services, int fileCount, List<Roster> rosters) {
        this(settings, teams, schedules, escalationPolicies, services, fileCount, rosters, List.of());
    }

    /** A state without rosters. */
    public DesiredState(RepoSettings settings, List<Team> teams, List<Schedule> schedules,
            List<EscalationPolicy> escalationPolicies, List<Service> services, int fileCount) {
        this(settings, teams, schedules, escalationPolicies, services, fileCount, List.of());
    }

    /** The same state with other schedules (say, settled against live ones); everything else, rosters included, kept. */
    public DesiredState withSchedules(List<Schedule> replaced) {
        return new DesiredState(settings, teams, replaced, escalationPolicies, services, fileCount, rosters,
                maintenanceWindows, businessServices, webhookSubscriptions, users);
    }

    /** The roster a schedule was compiled from, if any. */
    public Optional<Roster> rosterOf(Schedule schedule) {
        return rosters.stream()
                .filter(roster -> roster.name().equals(schedule.name()) && roster.origin().equals(schedule.origin()))
                .findFirst();
    }

    public static DesiredState empty(RepoSettings settings) {
        return new DesiredState(settings, List.of(), List.of(), List.of(), List.of(), 0);
    }

    /** Every declared object, in plan order. */
    public List<DeclaredObject> objects() {
        List<DeclaredObject> all = new ArrayList<>(objectCount());
        all.addAll(teams);
        all.addAll(schedules);
        all.addAll(escalationPolicies);
        all.addAll(services);
        all.addAll(businessServices);
        all.addAll(webhookSubscriptions);
        return Collections.unmodifiableList(all);
    }

    public int objectCount() {
        return teams.size() + schedules.size() + escalationPolicies.size() + services.size() + businessServices.size()
                + webhookSubscriptions.size();
    }

    public Optional<Team> team(String name) {
        return find(teams, name);
    }

    public Optional<Schedule> schedule(String name) {
        return find(schedules, name);
    }

    public Optional<EscalationPolicy> escalationPolicy(String name) {
        return find(escalationPolicies, name);
    }

    public Optional<Service> service(String name) {
        return find(services, name);
    }

    public Optional<BusinessService> businessService(String name) {
        return find(businessServices, name);
    }

    public Optional<WebhookSubscription> webhookSubscription(String name) {
        return find(webhookSubscriptions, name);
    }

    /**
     * Objects keyed by name, for callers that look many names up (the finders above scan the list).
     * The first of duplicate names wins, as in the finders; duplicates are a validation error anyway.
     */
    public static <T extends DeclaredObject> Map<String, T> byName(List<T> objects) {
        Map<String, T> index = new LinkedHashMap<>();
        objects.forEach(object -> index.putIfAbsent(object.name(), object));
        return Collections.unmodifiableMap(index);
    }

    private static <T extends DeclaredObject> Optional<T> find(List<T> objects, String name) {
        return objects.stream().filter(object -> object.name().equals(name)).findFirst();
    }
}
