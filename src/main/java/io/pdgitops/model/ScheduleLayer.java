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
 */
public record ScheduleLayer(
        Optional<String> name,
        OffsetDateTime start,
        Optional<OffsetDateTime> end,
        OffsetDateTime rotationVirtualStart,
        Duration rotationTurnLength,
        List<String> users,
        List<LayerRestriction> restrictions) {

    public ScheduleLayer {
        users = List.copyOf(users);
        restrictions = List.copyOf(restrictions);
    }
}
