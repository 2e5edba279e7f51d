package io.pdgitops.roster;

import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.schedule.Layer;
import io.pdgitops.schedule.Restriction;
import io.pdgitops.schedule.ScheduleDefinition;
import java.util.List;

/** The renderer's input for a declared schedule, with users as emails and no overrides. */
public final class DeclaredScheduleDefinition {

    private DeclaredScheduleDefinition() {
    }

    public static ScheduleDefinition of(Schedule schedule) {
        return new ScheduleDefinition(schedule.timeZone(),
                schedule.layers().stream().map(DeclaredScheduleDefinition::layer).toList(), List.of());
    }

    private static Layer layer(ScheduleLayer layer) {
        return new Layer(
                layer.name().orElse(null),
                layer.start().toInstant(),
                layer.end().map(end -> end.toInstant()).orElse(null),
                layer.rotationVirtualStart().toInstant(),
                layer.rotationTurnLength(),
                layer.users(),
                layer.restrictions().stream().map(DeclaredScheduleDefinition::restriction).toList());
    }

    private static Restriction restriction(LayerRestriction restriction) {
        return restriction.type() == LayerRestriction.Type.WEEKLY
                ? Restriction.weekly(restriction.startDayOfWeek().orElseThrow(), restriction.startTimeOfDay(), restriction.duration())
                : Restriction.daily(restriction.startTimeOfDay(), restriction.duration());
    }
}
