package io.pdgitops.pagerduty.dto;

import java.util.List;

/**
 * One escalation step, read and written alike. {@code id} is assigned by PagerDuty: send it back on update to keep
 * the rule, leave it null for a new one. 1 to 10 user or schedule targets.
 */
@PagerDutyObject
public record EscalationRuleDto(String id, Integer escalationDelayInMinutes, List<Reference> targets) {
}
