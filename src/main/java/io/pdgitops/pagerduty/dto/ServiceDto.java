package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A service as PagerDuty returns it. Timeouts are in seconds; null means disabled. {@code teams} is read-only
 * (it follows the escalation policy's team).
 */
@PagerDutyObject
public record ServiceDto(
        String id,
        String name,
        String description,
        String status,
        Integer autoResolveTimeout,
        Integer acknowledgementTimeout,
        Reference escalationPolicy,
        List<Reference> teams,
        List<IntegrationDto> integrations,
        JsonNode incidentUrgencyRule,
        JsonNode supportHours,
        JsonNode scheduledActions,
        JsonNode autoPauseNotificationsParameters,
        JsonNode alertGroupingParameters,
        String htmlUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unmodeled) {

    /** A service as read before alert grouping was modelled: tests that build one by hand leave it out. */
    public ServiceDto(String id, String name, String description, String status, Integer autoResolveTimeout,
            Integer acknowledgementTimeout, Reference escalationPolicy, List<Reference> teams,
            List<IntegrationDto> integrations, JsonNode incidentUrgencyRule, JsonNode supportHours,
            JsonNode scheduledActions, JsonNode autoPauseNotificationsParameters, String htmlUrl,
            Map<String, JsonNode> unmodeled) {
        this(id, name, description, status, autoResolveTimeout, acknowledgementTimeout, escalationPolicy, teams,
                integrations, incidentUrgencyRule, supportHours, scheduledActions, autoPauseNotificationsParameters,
                null, htmlUrl, unmodeled);
    }
}
