package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One rule of an event orchestration. {@code id} is PagerDuty's (read-only, and left out of writes, which then
 * get new ids); {@code actions} is PagerDuty's object as it is.
 */
@PagerDutyObject
public record OrchestrationRuleDto(String id, String label, List<Condition> conditions, JsonNode actions,
        Boolean disabled) {

    public OrchestrationRuleDto {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** @param expression a PCL condition */
    @PagerDutyObject
    public record Condition(String expression) {
    }
}
