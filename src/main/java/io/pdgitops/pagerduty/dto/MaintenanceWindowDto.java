package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A maintenance window as PagerDuty returns it. It has no name: pd-gitops keeps the declared name in
 * {@code description}.
 */
@PagerDutyObject
public record MaintenanceWindowDto(
        String id,
        String description,
        OffsetDateTime startTime,
        OffsetDateTime endTime,
        List<Reference> services,
        String htmlUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unmodeled) {
}
