package io.pdgitops.pagerduty.dto;

import java.util.List;

/** One rule set of an event orchestration: {@code start}, or a set that rules route events to. */
@PagerDutyObject
public record OrchestrationSetDto(String id, List<OrchestrationRuleDto> rules) {

    public OrchestrationSetDto {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
