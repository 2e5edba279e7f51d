package io.pdgitops.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.live.LiveRecords;
import io.pdgitops.pagerduty.dto.IntegrationDto;
import io.pdgitops.pagerduty.dto.ServiceDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The settings of exported objects that the YAML format has no field for: whatever PagerDuty returned beyond
 * the fields pd-gitops reads, less what is read-only bookkeeping. Empty values (null, {@code []}, {@code {}})
 * are not settings and are not listed.
 */
final class UnexpressedSettings {

    /** Read-only fields that describe an object rather than configure it. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "type", "summary", "self", "html_url", "created_at",
            "updated_at", "privilege", "last_incident_timestamp", "service_id", "teams");
    private static final String DEFAULT_TEAM_ROLE = "manager";
    /** PagerDuty's values for objects nobody changed, as compact JSON: not a choice anyone made, so not listed. */
    private static final Map<String, String> PAGERDUTY_DEFAULTS = Map.of(
            "alert_creation", "\"create_alerts_and_incidents\"");

    private UnexpressedSettings() {
    }

    /** @param exported whether an object (by kind and PagerDuty id) is being exported */
    static List<UnexpressedSetting> of(LiveRecords records, Predicate<ResourceKey> exported) {
        List<UnexpressedSetting> settings = new ArrayList<>();
        for (var team : records.teams()) {
            ResourceKey key = new ResourceKey(ResourceKind.TEAM, team.name(), Optional.empty());
            if (exported.test(key)) {
                if (team.defaultRole() != null && !DEFAULT_TEAM_ROLE.equals(team.defaultRole())) {
                    settings.add(new UnexpressedSetting(key, "default_role", '"' + team.defaultRole() + '"'));
                }
                add(key, team.unmodeled(), settings);
            }
        }
        for (var schedule : records.schedules()) {
            ResourceKey key = new ResourceKey(ResourceKind.SCHEDULE, schedule.name(), Optional.empty());
            if (exported.test(key)) {
                add(key, schedule.unmodeled(), settings);
            }
        }
        for (var policy : records.policies()) {
            ResourceKey key = new ResourceKey(ResourceKind.ESCALATION_POLICY, policy.name(), Optional.empty());
            if (exported.test(key)) {
                add(key, policy.unmodeled(), settings);
            }
        }
        for (ServiceDto service : records.services()) {
            ResourceKey key = new ResourceKey(ResourceKind.SERVICE, service.name(), Optional.empty());
            if (exported.test(key)) {
                add(key, service.unmodeled(), settings);
                integrations(service).forEach(integration -> add(
                        ResourceKey.integration(service.name(), integration.name()), integration.unmodeled(), settings));
            }
        }
        return settings;
    }

    static List<IntegrationDto> integrations(ServiceDto service) {
        return service.integrations() == null ? List.of() : service.integrations();
    }

    private static void add(ResourceKey key, Map<String, JsonNode> fields, List<UnexpressedSetting> settings) {
        if (fields == null) {
            return;
        }
        fields.forEach((field, value) -> {
            if (!BOOKKEEPING.contains(field) && !isEmpty(value) && !value.toString().equals(PAGERDUTY_DEFAULTS.get(field))) {
                settings.add(new UnexpressedSetting(key, field, value.toString()));
            }
        });
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || (value.isContainerNode() && value.isEmpty());
    }
}
