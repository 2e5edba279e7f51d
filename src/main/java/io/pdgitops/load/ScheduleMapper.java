package io.pdgitops.load;

import io.pdgitops.model.Coverage;
import io.pdgitops.model.CoverageHours;
import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.validate.ViolationCode;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** Builds a {@link Schedule} from a schema-valid Schedule document. */
final class ScheduleMapper {

    private ScheduleMapper() {
    }

    /** @param defaultZone {@code defaults.time_zone} from {@code pd-gitops.yaml} */
    static Schedule map(Fields fields, Origin origin, Optional<ZoneId> defaultZone) {
        ZoneId zone = fields.has("time_zone") ? fields.zone("time_zone") : defaultZone.orElse(null);
        if (zone == null && !fields.has("time_zone")) {
            fields.report(ViolationCode.MISSING_TIME_ZONE, "name",
                    "schedule `" + fields.text("name") + "` has no time_zone and pd-gitops.yaml sets no defaults.time_zone");
        }
        return new Schedule(
                fields.text("name"),
                fields.optionalText("description"),
                zone,
                fields.optionalTextList("teams"),
                fields.objects("layers").stream().map(ScheduleMapper::layer).toList(),
                origin,
                coverage(fields));
    }

    private static Optional<Coverage> coverage(Fields fields) {
        if (!fields.has("coverage")) {
            return Optional.empty();
        }
        return Optional.of(fields.optionalObject("coverage")
                .<Coverage>map(rule -> new Coverage.Weekly(rule.objects("weekly").stream().map(ScheduleMapper::hours).toList()))
                .orElseGet(Coverage.AllTheTime::new));
    }

    private static CoverageHours hours(Fields hours) {
        LocalTime end = "24:00".equals(hours.text("end")) ? LocalTime.MIDNIGHT : hours.time("end");
        return new CoverageHours(hours.days("days"), hours.time("start"), end);
    }

    private static ScheduleLayer layer(Fields layer) {
        OffsetDateTime start = layer.dateTime("start");
        return new ScheduleLayer(
                layer.optionalText("name"),
                start,
                layer.optionalDateTime("end"),
                layer.optionalDateTime("rotation_virtual_start").orElse(start),
                layer.duration("rotation_turn_length"),
                layer.textList("users"),
                layer.objects("restrictions").stream().map(ScheduleMapper::restriction).toList());
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
