package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of a schedule create or update; null fields are not sent. {@code layers} go in UI order, Layer 1
 * first. An update should send every layer that must stay, each with its {@code id}.
 */
@PagerDutyObject
public record ScheduleWrite(
        String name,
        String description,
        String timeZone,
        @JsonProperty("schedule_layers") List<LayerWrite> layers,
        List<Reference> teams) {

    @JsonProperty("type")
    public String type() {
        return "schedule";
    }
}
