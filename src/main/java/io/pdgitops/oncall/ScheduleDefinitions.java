package io.pdgitops.oncall;

import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.schedule.Layer;
import io.pdgitops.schedule.Restriction;
import io.pdgitops.schedule.ScheduleDefinition;
import java.util.ArrayList;
import java.util.List;

/** A declared schedule in the renderer's terms, users as emails. */
public final class ScheduleDefinitions {

    private ScheduleDefinitions() {
    }

    public static ScheduleDefinition of(Schedule schedule) {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < schedule.layers().size(); i++) {
            layers.add(layer(schedule.layers().get(i), i));
        }
        return new ScheduleDefinition(schedule.timeZone(), layers, List.of());
    }

    private static Layer layer(ScheduleLayer layer, int index) {
        return new Layer(
                layer.name().orElse("Layer " + (index + 1)),
                layer.start().toInstant(),
                layer.end().map(end -> end.toInstant()).orElse(null),
                layer.rotationVirtualStart().toInstant(),
                layer.rotationTurnLength(),
                layer.users(),
                layer.restrictions().stream().map(ScheduleDefinitions::restriction).toList());
    }

    private static Restriction restriction(LayerRestriction restriction) {
        return restriction.type() == LayerRestriction.Type.WEEKLY
                ? Restriction.weekly(restriction.startDayOfWeek().orElseThrow(), restriction.startTimeOfDay(),
                        restriction.duration())
                : Restriction.daily(restriction.startTimeOfDay(), restriction.duration());
    }
}
