package io.pdgitops.sandbox;

import io.pdgitops.model.DstHandOffs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.schedule.Entry;
import io.pdgitops.schedule.Layer;
import io.pdgitops.schedule.RenderedSchedule;
import io.pdgitops.schedule.RenderedTrack;
import io.pdgitops.schedule.Restriction;
import io.pdgitops.schedule.ScheduleDefinition;
import io.pdgitops.schedule.ScheduleOverride;
import io.pdgitops.schedule.RenderingChoices;
import io.pdgitops.schedule.ScheduleRenderer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Maps a stored schedule to the renderer's input and the renderer's tracks back to PagerDuty's JSON. */
final class ScheduleRendering {

    private final ScheduleRenderer renderer;
    private final Refs refs;

    ScheduleRendering(Refs refs, DstHandOffs rule) {
        this.refs = refs;
        this.renderer = new ScheduleRenderer(RenderingChoices.of(rule));
    }

    /** Renders {@code schedule} (layers in body order) with its overrides over the window. */
    RenderedSchedule render(ObjectNode schedule, List<ObjectNode> overrides, RenderParameters window) {
        List<JsonNode> layers = Json.elements(schedule.get("schedule_layers"));
        ScheduleDefinition definition = new ScheduleDefinition(
                ZoneId.of(schedule.path("time_zone").asText()),
                layers.stream().map(ScheduleRendering::layer).toList(),
                overrides.stream().map(ScheduleRendering::override).toList());
        return renderer.render(definition, window.window());
    }

    ObjectNode subSchedule(String name, RenderedTrack track, ZoneId zone) {
        ObjectNode node = Json.object();
        node.put("name", name);
        node.set("rendered_schedule_entries", entries(track, zone));
        node.put("rendered_coverage_percentage", track.coveragePercentage());
        return node;
    }

    ArrayNode entries(RenderedTrack track, ZoneId zone) {
        ArrayNode entries = Json.array();
        for (Entry entry : track.entries()) {
            ObjectNode node = entries.addObject();
            node.put("start", Timestamps.format(entry.start(), zone));
            node.put("end", Timestamps.format(entry.end(), zone));
            node.set("user", refs.user(entry.user()));
        }
        return entries;
    }

    private static Layer layer(JsonNode layer) {
        return new Layer(
                layer.path("name").asText(null),
                Instant.parse(layer.path("start").asText()),
                layer.hasNonNull("end") ? Instant.parse(layer.path("end").asText()) : null,
                Instant.parse(layer.path("rotation_virtual_start").asText()),
                Duration.ofSeconds(layer.path("rotation_turn_length_seconds").asLong()),
                Json.elements(layer.get("users")).stream().map(user -> user.path("user").path("id").asText()).toList(),
                Json.elements(layer.get("restrictions")).stream().map(ScheduleRendering::restriction).toList());
    }

    private static Restriction restriction(JsonNode restriction) {
        LocalTime start = LocalTime.parse(restriction.path("start_time_of_day").asText());
        Duration duration = Duration.ofSeconds(restriction.path("duration_seconds").asLong());
        return restriction.path("type").asText().equals("weekly_restriction")
                ? Restriction.weekly(DayOfWeek.of(restriction.path("start_day_of_week").asInt()), start, duration)
                : Restriction.daily(start, duration);
    }

    private static ScheduleOverride override(ObjectNode override) {
        return new ScheduleOverride(override.path("user").path("id").asText(),
                Instant.parse(override.path("start").asText()), Instant.parse(override.path("end").asText()),
                override.path("sequence").asLong());
    }
}
