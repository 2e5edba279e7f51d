package io.pdgitops.diff;

import io.pdgitops.model.BusinessService;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import io.pdgitops.model.Team;
import io.pdgitops.model.WebhookSubscription;
import java.util.List;
import java.util.Map;

/**
 * What PagerDuty has, in the desired-state model, so that the diff compares like with like.
 *
 * <p>The adapter that reads PagerDuty must hand over normalised objects:
 * <ul>
 *   <li>references by name (teams, schedules, escalation policies) and users by email, never by id;</li>
 *   <li>durations as {@link java.time.Duration}, timeouts of 0 or null as {@link io.pdgitops.model.Timeout#disabled()};</li>
 *   <li>schedule layers in UI order (Layer 1 first: PagerDuty's GET returns them reversed), layers whose
 *       {@code end} is in the past dropped, timestamps parsed as offset date-times (compared as instants);</li>
 *   <li>escalation targets with {@code schedule_v3_reference} mapped to schedules;</li>
 *   <li>every field PagerDuty returns filled in, defaults included, as present {@code Optional}s; a live
 *       {@code Service}'s own {@code integrations} is ignored: integrations go in {@link #integrations()};</li>
 *   <li>empty or null descriptions as {@code Optional.empty()} (the diff treats absent and {@code ""} alike).</li>
 * </ul>
 *
 * @param integrations by PagerDuty service id
 * @param users every user the objects mention, for display
 * @param windows the open maintenance windows, services by name; empty when they were not read
 * @param businessServices empty when they were not read (nothing declares or recorded one); a business service's
 *     {@code supportedBy} is present only when its supporting services were read
 * @param webhookSubscriptions empty when they were not read (nothing declares or recorded one); named by their
 *     description, filters by service or team name (an id when the account has no such object), custom headers by
 *     name only, as PagerDuty reads their values back redacted
 * @param contacts by lower-case email, how the users that User documents declare are reached; empty when not read
 */
public record LiveState(
        List<LiveObject<Team>> teams,
        List<LiveObject<Schedule>> schedules,
        List<LiveObject<EscalationPolicy>> escalationPolicies,
        List<LiveObject<Service>> services,
        Map<String, List<LiveIntegration>> integrations,
        UserDirectory users,
        List<LiveWindow> windows,
        List<LiveObject<BusinessService>> businessServices,
        List<LiveObject<WebhookSubscription>> webhookSubscriptions,
        Map<String, LiveUserContacts> contacts) {

    public LiveState {
        teams = List.copyOf(teams);
        schedules = List.copyOf(schedules);
        escalationPolicies = List.copyOf(escalationPolicies);
        services = List.copyOf(services);
        integrations = Map.copyOf(integrations);
        windows = List.copyOf(windows);
        businessServices = List.copyOf(businessServices);
        webhookSubscriptions = List.copyOf(webhookSubscriptions);
        contacts = Map.copyOf(contacts);
    }

    /** A state without webhook subscriptions or users' contact methods. */
    public LiveState(List<LiveObject<Team>> teams, List<LiveObject<Schedule>> schedules,
            List<LiveObject<EscalationPolicy>> escalationPolicies, List<LiveObject<Service>> services,
            Map<String, List<LiveIntegration>> integrations, UserDirectory users, List<LiveWindow> windows,
            List<LiveObject<BusinessService>> businessServices) {
        this(teams, schedules, escalationPolicies, services, integrations, users, windows, businessServices, List.of(),
                Map.of());
    }

    /** A state without users' contact methods. */
    public LiveState(List<LiveObject<Team>> teams, List<LiveObject<Schedule>> schedules,
            List<LiveObject<EscalationPolicy>> escalationPolicies, List<LiveObject<Service>> services,
            Map<String, List<LiveIntegration>> integrations, UserDirectory users, List<LiveWindow> windows,
            List<LiveObject<BusinessService>> businessServices, List<LiveObject<WebhookSubscription>> webhookSubscriptions) {
        this(teams, schedules, escalationPolicies, services, integrations, users, windows, businessServices,
                webhookSubscriptions, Map.of());
    }

    /** The same state with these users' contact methods and rules. */
    public LiveState withContacts(Map<String, LiveUserContacts> read) {
        return new LiveState(teams, schedules, escalationPolicies, services, integrations, users, windows,
                businessServices, webhookSubscriptions, read);
    }

    /** A state without maintenance windows or business services. */
    public LiveState(List<LiveObject<Team>> teams, List<LiveObject<Schedule>> schedules,
            List<LiveObject<EscalationPolicy>> escalationPolicies, List<LiveObject<Service>> services,
            Map<String, List<LiveIntegration>> integrations, UserDirectory users) {
        this(teams, schedules, escalationPolicies, services, integrations, users, List.of(), List.of());
    }

    public static LiveState empty() {
        return new LiveState(List.of(), List.of(), List.of(), List.of(), Map.of(), UserDirectory.empty());
    }

    public List<LiveIntegration> integrationsOf(String serviceId) {
        return integrations.getOrDefault(serviceId, List.of());
    }
}
