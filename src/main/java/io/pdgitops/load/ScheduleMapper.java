package io.pdgitops.load;

import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.Origin;
import io.pdgitops.model.RotationChanges;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** Builds a {@link Schedule} from a schema-valid Schedule document. */
final class ScheduleMapper {

    private ScheduleMapper() {
    }

    /** @param defaultZone {@code defaults.time_zone} from {@code pd-gitops.yaml} */
    static Schedule map(Fields fields, Origin origin, Optional<ZoneId> defaultZone) {
        return new Schedule(
                fields.text("name"),
                fields.optionalText("description"),
                DeclaredZone.of(fields, defaultZone, "schedule"),
                fields.optionalTextList("teams"),
                fields.objects("layers").stream().map(layer -> layer(layer, rotationChanges(fields))).toList(),
                origin,
                CoverageMapper.of(fields));
    }

    /** @param scheduleChoice the schedule's {@code rotation_changes}, for layers that do not set their own */
    private static ScheduleLayer layer(Fields layer, Optional<RotationChanges> scheduleChoice) {
        OffsetDateTime start = layer.dateTime("start");
        return new ScheduleLayer(
                layer.optionalText("name"),
                start,
                layer.optionalDateTime("end"),
                layer.optionalDateTime("rotation_virtual_start").orElse(start),
                layer.duration("rotation_turn_length"),
                layer.textList("users"),
                layer.objects("restrictions").stream().map(ScheduleMapper::restriction).toList(),
                rotationChanges(layer).or(() -> scheduleChoice));
    }

    static Optional<RotationChanges> rotationChanges(Fields fields) {
        return fields.optionalText("rotation_changes").flatMap(RotationChanges::fromYamlName);
    }

    private static LayerRestriction restriction(Fields restriction) {
        LayerRestriction.Type type = restriction.text("type").startsWith("weekly")
                ? LayerRestriction.Type.WEEKLY
                : LayerRestriction.Type.DAILY;
        return new LayerRestriction(
                type,
                restriction.optionalDay("start_day_of_week"),
                restriction.time("start_time_of_day"),
                restriction.duration("duration"));
    }
}
