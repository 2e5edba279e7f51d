package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of a service create or update. A null field is not sent (PUT leaves it as is); a timeout of
 * {@code JsonNullable.ofNull()} is sent as JSON null, which disables it. A {@code NullNode} in a JSON field is sent
 * as null too. On create PagerDuty requires the escalation policy, and applies its own defaults for timeouts that
 * are not sent, so send them always.
 */
@PagerDutyObject
public record ServiceWrite(
        String name,
        String description,
        Reference escalationPolicy,
        JsonNullable<Integer> autoResolveTimeout,
        JsonNullable<Integer> acknowledgementTimeout,
        String status,
        JsonNode incidentUrgencyRule,
        JsonNode supportHours,
        JsonNode scheduledActions,
        JsonNode autoPauseNotificationsParameters,
        JsonNode alertGroupingParameters) {

    /** A body that leaves alert grouping as it is. */
    public ServiceWrite(String name, String description, Reference escalationPolicy,
            JsonNullable<Integer> autoResolveTimeout, JsonNullable<Integer> acknowledgementTimeout, String status,
            JsonNode incidentUrgencyRule, JsonNode supportHours, JsonNode scheduledActions,
            JsonNode autoPauseNotificationsParameters) {
        this(name, description, escalationPolicy, autoResolveTimeout, acknowledgementTimeout, status,
                incidentUrgencyRule, supportHours, scheduledActions, autoPauseNotificationsParameters, null);
    }

    @JsonProperty("type")
    public String type() {
        return "service";
    }
}
