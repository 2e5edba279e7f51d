package io.pdgitops.pagerduty.dto;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One layer in a schedule write. {@code id} updates that layer (null creates one). {@code end}: null leaves it as
 * it is, {@code JsonNullable.ofNull()} makes the layer never end, a time ends it (the only way to remove a layer).
 */
@PagerDutyObject
public record LayerWrite(
        String id,
        String name,
        OffsetDateTime start,
        JsonNullable<OffsetDateTime> end,
        OffsetDateTime rotationVirtualStart,
        Integer rotationTurnLengthSeconds,
        List<LayerUser> users,
        List<RestrictionDto> restrictions) {
}
