package io.pdgitops.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A declared on-call schedule.
 *
 * @param timeZone the declared zone, or {@code defaults.time_zone} from {@code pd-gitops.yaml}
 * @param layers Layer 1 first; later layers win where they overlap
 * @param coverage when someone must be on call; checked by validation, never sent to PagerDuty
 */
public record Schedule(
        String name,
        Optional<String> description,
        ZoneId timeZone,
        Optional<List<String>> teams,
        List<ScheduleLayer> layers,
        Origin origin,
        Optional<Coverage> coverage) implements DeclaredObject {

    public Schedule {
        teams = teams.map(List::copyOf);
        layers = List.copyOf(layers);
    }

    public Schedule withLayers(List<ScheduleLayer> newLayers) {
        return new Schedule(name, description, timeZone, teams, newLayers, origin, coverage);
    }

    /** A schedule without a coverage rule, as PagerDuty has it. */
    public Schedule(String name, Optional<String> description, ZoneId timeZone, Optional<List<String>> teams,
            List<ScheduleLayer> layers, Origin origin) {
        this(name, description, timeZone, teams, layers, origin, Optional.empty());
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.SCHEDULE;
    }
}
