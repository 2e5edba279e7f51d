package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A team as PagerDuty returns it; {@code defaultRole} is {@code manager} or {@code none}. */
@PagerDutyObject
public record TeamDto(
        String id,
        String name,
        String description,
        String defaultRole,
        Reference parent,
        String htmlUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unmodeled) {
}
