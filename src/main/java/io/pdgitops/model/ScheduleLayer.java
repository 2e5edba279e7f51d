package io.pdgitops.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One rotation layer.
 *
 * @param rotationVirtualStart the declared value, or {@code start} when the YAML leaves it out
 * @param users emails in rotation order; repeats are allowed (one turn each)
 * @param rotationChanges the layer's own {@code rotation_changes}, else its schedule's; empty means the
 *     repository default ({@code defaults.rotation_changes} in {@code pd-gitops.yaml})
 */
public record ScheduleLayer(
        Optional<String> name,
        OffsetDateTime start,
        Optional<OffsetDateTime> end,
        OffsetDateTime rotationVirtualStart,
        Duration rotationTurnLength,
        List<String> users,
        List<LayerRestriction> restrictions,
        Optional<RotationChanges> rotationChanges) {

    public ScheduleLayer {
        users = List.copyOf(users);
        restrictions = List.copyOf(restrictions);
    }

    /** A layer that leaves {@code rotation_changes} to the repository default (and a live layer, which has none). */
    public ScheduleLayer(Optional<String> name, OffsetDateTime start, Optional<OffsetDateTime> end,
            OffsetDateTime rotationVirtualStart, Duration rotationTurnLength, List<String> users,
            List<LayerRestriction> restrictions) {
        this(name, start, end, rotationVirtualStart, rotationTurnLength, users, restrictions, Optional.empty());
    }

    public ScheduleLayer withRotationVirtualStart(OffsetDateTime virtualStart) {
        return new ScheduleLayer(name, start, end, virtualStart, rotationTurnLength, users, restrictions, rotationChanges);
    }
}
