package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of an escalation policy create or update; null fields are not sent. At least one rule on create. */
@PagerDutyObject
public record EscalationPolicyWrite(
        String name,
        String description,
        Integer numLoops,
        String onCallHandoffNotifications,
        List<EscalationRuleDto> escalationRules,
        List<Reference> teams) {

    @JsonProperty("type")
    public String type() {
        return "escalation_policy";
    }
}
