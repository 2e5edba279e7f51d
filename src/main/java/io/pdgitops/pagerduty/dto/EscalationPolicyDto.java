package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** An escalation policy as PagerDuty returns it; {@code services} is read-only, {@code teams} holds at most one. */
@PagerDutyObject
public record EscalationPolicyDto(
        String id,
        String name,
        String description,
        Integer numLoops,
        String onCallHandoffNotifications,
        List<EscalationRuleDto> escalationRules,
        List<Reference> services,
        List<Reference> teams,
        String htmlUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unmodeled) {
}
