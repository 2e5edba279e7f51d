package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A business service as PagerDuty returns it; {@code team} is null when no team owns it. */
@PagerDutyObject
public record BusinessServiceDto(
        String id,
        String name,
        String description,
        String pointOfContact,
        Reference team,
        String htmlUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unmodeled) {
}
