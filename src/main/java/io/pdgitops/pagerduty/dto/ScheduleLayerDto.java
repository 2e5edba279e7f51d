package io.pdgitops.pagerduty.dto;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A schedule layer as PagerDuty returns it. {@code end} null means it never ends; a layer whose end has passed was
 * "deleted" (PagerDuty cannot delete layers, only end them). A {@code start} in the past has been rewritten by
 * PagerDuty to the time of the last update. The rendered entries are filled for a single-schedule read with a window.
 */
@PagerDutyObject
public record ScheduleLayerDto(
        String id,
        String name,
        OffsetDateTime start,
        OffsetDateTime end,
        OffsetDateTime rotationVirtualStart,
        Integer rotationTurnLengthSeconds,
        List<LayerUser> users,
        List<RestrictionDto> restrictions,
        List<RenderedEntry> renderedScheduleEntries,
        Double renderedCoveragePercentage) {
}
