package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A service's event orchestration ({@code orchestration_path}): rule sets, the first being {@code start}, and the
 * catch-all actions for events no rule matches. {@code version} changes on every write; the rest of PagerDuty's
 * read-only fields are not kept.
 */
@PagerDutyObject
public record OrchestrationDto(List<OrchestrationSetDto> sets, OrchestrationCatchAll catchAll, String version) {

    public OrchestrationDto {
        sets = sets == null ? List.of() : List.copyOf(sets);
    }

    /** The body of a write: what PagerDuty keeps of a service orchestration; everything left out is deleted. */
    public static OrchestrationDto write(List<OrchestrationSetDto> sets, OrchestrationCatchAll catchAll) {
        return new OrchestrationDto(sets, catchAll, null);
    }

    /** @param actions PagerDuty's {@code actions} object as it is, since it carries many more actions than pd-gitops models */
    @PagerDutyObject
    public record OrchestrationCatchAll(JsonNode actions) {
    }
}
