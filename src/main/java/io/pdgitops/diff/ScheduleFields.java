package io.pdgitops.diff;

import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Flattens a schedule. A live layer sits at the path of the declared layer it is paired with ({@link Pairing});
 * users keep their rotation order.
 */
final class ScheduleFields {

    private ScheduleFields() {
    }

    /** @param layers by declared position; empty where the declared layer is new */
    static FlatFields of(FlatFields fields, Schedule schedule, List<Optional<ScheduleLayer>> layers, UserDirectory users) {
        fields.put("time_zone", FlatValue.plain(schedule.timeZone().getId()))
                .putIfPresent("teams", schedule.teams(), Values::nameSet);
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).isEmpty()) {
                continue;
            }
            ScheduleLayer layer = layers.get(i).get();
            String prefix = FlatFields.index("layers", i) + ".";
            fields.putIfPresent(prefix + "name", layer.name(), Values::text)
                    .put(prefix + "start", FlatValue.layerStart(layer.start()))
                    .put(prefix + "end", layer.end().map(ScheduleFields::instant).orElse(FlatValue.plain("never")))
                    .put(prefix + "rotation_virtual_start", instant(layer.rotationVirtualStart()))
                    .put(prefix + "rotation_turn_length", Values.duration(layer.rotationTurnLength()))
                    .put(prefix + "users", Values.userSequence(layer.users(), users))
                    .put(prefix + "restrictions", Values.restrictions(layer.restrictions()));
        }
        return fields;
    }

    /** One line that identifies a layer, for the layer that is ended. */
    static String summary(ScheduleLayer layer, UserDirectory users) {
        return layer.name().map(Values::quote).orElse("unnamed layer") + " "
                + Values.userSequence(layer.users(), users).display();
    }

    /** The layers' names in precedence order, for a change of order. */
    static String order(List<ScheduleLayer> layers) {
        return "order " + Values.list(layers.stream()
                .map(layer -> layer.name().map(Values::quote).orElse("unnamed layer")).toList());
    }

    private static FlatValue instant(OffsetDateTime time) {
        return FlatValue.of(Values.dateTime(time), time.toInstant());
    }
}
