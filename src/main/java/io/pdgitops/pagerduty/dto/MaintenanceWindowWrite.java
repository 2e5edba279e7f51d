package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** The body of a maintenance window create or update; null fields are not sent (PagerDuty's PUT is partial). */
@PagerDutyObject
public record MaintenanceWindowWrite(String description, OffsetDateTime startTime, OffsetDateTime endTime,
        List<Reference> services) {

    @JsonProperty("type")
    public String type() {
        return "maintenance_window";
    }
}
