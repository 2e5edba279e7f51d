package io.pdgitops.write;

import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import java.util.Map;
import java.util.Optional;

/** A {@link Schedule} as the fields of its YAML document, Layer 1 first. */
final class ScheduleDocument {

    private ScheduleDocument() {
    }

    static Map<String, Object> of(Schedule schedule) {
        return DocumentFields.of("Schedule", schedule.name())
                .putIfPresent("description", schedule.description())
                .put("time_zone", schedule.timeZone().getId())
                .putIfPresent("teams", schedule.teams())
                .put("layers", schedule.layers().stream().map(ScheduleDocument::layer).toList())
                .map();
    }

    private static Map<String, Object> layer(ScheduleLayer layer) {
        // rotation_virtual_start defaults to start, so it is written only where it says something.
        Optional<String> virtualStart = layer.rotationVirtualStart().equals(layer.start())
                ? Optional.empty()
                : Optional.of(YamlValues.dateTime(layer.rotationVirtualStart()));
        DocumentFields fields = new DocumentFields()
                .putIfPresent("name", layer.name())
                .put("start", YamlValues.dateTime(layer.start()))
                .putIfPresent("end", layer.end().map(YamlValues::dateTime))
                .putIfPresent("rotation_virtual_start", virtualStart)
                .put("rotation_turn_length", YamlValues.duration(layer.rotationTurnLength()))
                .put("users", layer.users());
        if (!layer.restrictions().isEmpty()) {
            fields.put("restrictions", layer.restrictions().stream().map(ScheduleDocument::restriction).toList());
        }
        return fields.map();
    }

    private static Map<String, Object> restriction(LayerRestriction restriction) {
        return new DocumentFields()
                .put("type", restriction.type() == LayerRestriction.Type.WEEKLY ? "weekly" : "daily")
                .putIfPresent("start_day_of_week", restriction.startDayOfWeek().map(YamlValues::day))
                .put("start_time_of_day", YamlValues.timeOfDay(restriction.startTimeOfDay()))
                .put("duration", YamlValues.duration(restriction.duration()))
                .map();
    }
}
