package io.pdgitops.pagerduty.dto;

import java.util.List;

/** A rendered view of a schedule: {@code "Final Schedule"} or {@code "Overrides"}. */
@PagerDutyObject
public record SubSchedule(String name, List<RenderedEntry> renderedScheduleEntries,
        Double renderedCoveragePercentage) {
}
