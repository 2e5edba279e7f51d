package io.pdgitops.pagerduty.dto;

import java.time.OffsetDateTime;

/** Who is on call from {@code start} to {@code end}, as PagerDuty rendered it. */
@PagerDutyObject
public record RenderedEntry(Reference user, OffsetDateTime start, OffsetDateTime end) {
}
