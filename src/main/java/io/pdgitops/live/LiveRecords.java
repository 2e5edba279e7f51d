package io.pdgitops.live;

import io.pdgitops.pagerduty.dto.EscalationPolicyDto;
import io.pdgitops.pagerduty.dto.MaintenanceWindowDto;
import io.pdgitops.pagerduty.dto.ScheduleDto;
import io.pdgitops.pagerduty.dto.ServiceDto;
import io.pdgitops.pagerduty.dto.TagDto;
import io.pdgitops.pagerduty.dto.TeamDto;
import io.pdgitops.pagerduty.dto.TeamMemberDto;
import io.pdgitops.pagerduty.dto.UserDto;
import io.pdgitops.pagerduty.dto.VendorDto;
import io.pdgitops.pagerduty.dto.WebhookSubscriptionDto;
import java.util.List;
import java.util.Map;

/**
 * An account as PagerDuty returned it, before normalisation: what {@link LiveStateReader} maps into the model,
 * and what export reads for the settings the model has no place for.
 *
 * @param members by team id, only for the teams whose members were read
 * @param tags by {@link #tagKey}, only for the teams and escalation policies whose tags the YAML declares
 * @param windows the open (running and future) maintenance windows, only when they were read: a repository that
 *     declares none and never applied one has no use for the page
 * @param business the business services, when they were read
 * @param orchestrations by service id, only for the services whose event rules the YAML declares (or, for export,
 *     every service): PagerDuty has no list of them
 * @param webhooks the webhook subscriptions, only when they were read (one is declared or recorded)
 */
public record LiveRecords(
        List<UserDto> users,
        List<TeamDto> teams,
        List<ScheduleDto> schedules,
        List<EscalationPolicyDto> policies,
        List<ServiceDto> services,
        List<VendorDto> vendors,
        Map<String, List<TeamMemberDto>> members,
        Map<String, List<TagDto>> tags,
        List<MaintenanceWindowDto> windows,
        LiveBusinessRecords business,
        Map<String, ReadOrchestration> orchestrations,
        List<WebhookSubscriptionDto> webhooks) {

    public LiveRecords {
        users = List.copyOf(users);
        teams = List.copyOf(teams);
        schedules = List.copyOf(schedules);
        policies = List.copyOf(policies);
        services = List.copyOf(services);
        vendors = List.copyOf(vendors);
        members = Map.copyOf(members);
        tags = Map.copyOf(tags);
        windows = List.copyOf(windows);
        orchestrations = Map.copyOf(orchestrations);
        webhooks = List.copyOf(webhooks);
    }

    /** Records without event orchestrations or webhook subscriptions read. */
    public LiveRecords(List<UserDto> users, List<TeamDto> teams, List<ScheduleDto> schedules,
            List<EscalationPolicyDto> policies, List<ServiceDto> services, List<VendorDto> vendors,
            Map<String, List<TeamMemberDto>> members, Map<String, List<TagDto>> tags, List<MaintenanceWindowDto> windows,
            LiveBusinessRecords business) {
        this(users, teams, schedules, policies, services, vendors, members, tags, windows, business, Map.of(),
                List.of());
    }

    /** Records without maintenance windows or business services read. */
    public LiveRecords(List<UserDto> users, List<TeamDto> teams, List<ScheduleDto> schedules,
            List<EscalationPolicyDto> policies, List<ServiceDto> services, List<VendorDto> vendors,
            Map<String, List<TeamMemberDto>> members, Map<String, List<TagDto>> tags) {
        this(users, teams, schedules, policies, services, vendors, members, tags, List.of(),
                LiveBusinessRecords.none());
    }

    /** Records without tags read. */
    public LiveRecords(List<UserDto> users, List<TeamDto> teams, List<ScheduleDto> schedules,
            List<EscalationPolicyDto> policies, List<ServiceDto> services, List<VendorDto> vendors,
            Map<String, List<TeamMemberDto>> members) {
        this(users, teams, schedules, policies, services, vendors, members, Map.of());
    }

    /** These records with the tags read for some teams and escalation policies. */
    public LiveRecords withTags(Map<String, List<TagDto>> read) {
        return new LiveRecords(users, teams, schedules, policies, services, vendors, members, read, windows, business,
                orchestrations, webhooks);
    }

    /** These records with the open maintenance windows read. */
    public LiveRecords withWindows(List<MaintenanceWindowDto> read) {
        return new LiveRecords(users, teams, schedules, policies, services, vendors, members, tags, read, business,
                orchestrations, webhooks);
    }

    /** These records with the business services read. */
    public LiveRecords withBusiness(LiveBusinessRecords read) {
        return new LiveRecords(users, teams, schedules, policies, services, vendors, members, tags, windows, read,
                orchestrations, webhooks);
    }

    /** These records with the event orchestrations read, by service id. */
    public LiveRecords withOrchestrations(Map<String, ReadOrchestration> read) {
        return new LiveRecords(users, teams, schedules, policies, services, vendors, members, tags, windows, business,
                read, webhooks);
    }

    /** These records with the webhook subscriptions read. */
    public LiveRecords withWebhooks(List<WebhookSubscriptionDto> read) {
        return new LiveRecords(users, teams, schedules, policies, services, vendors, members, tags, windows, business,
                orchestrations, read);
    }

    /** The key of an entity's tags: its {@code entity_type} in PagerDuty's paths and its id. */
    public static String tagKey(String entityType, String id) {
        return entityType + "/" + id;
    }
}
