package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A schedule as the client returns it. {@code layers} are in PagerDuty's UI order, Layer 1 first, whatever order
 * the wire used (see the client's {@code LayerOrder}). {@code finalSchedule} and
 * {@code overridesSubschedule} are only filled by a single-schedule read with a window, never by the list.
 */
@PagerDutyObject
public record ScheduleDto(
        String id,
        String name,
        String description,
        String timeZone,
        @JsonProperty("schedule_layers") List<ScheduleLayerDto> layers,
        SubSchedule finalSchedule,
        SubSchedule overridesSubschedule,
        List<Reference> escalationPolicies,
        List<Reference> users,
        List<Reference> teams,
        String htmlUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unmodeled) {

    public ScheduleDto withLayers(List<ScheduleLayerDto> newLayers) {
        return new ScheduleDto(id, name, description, timeZone, newLayers, finalSchedule, overridesSubschedule,
                escalationPolicies, users, teams, htmlUrl, unmodeled);
    }
}
