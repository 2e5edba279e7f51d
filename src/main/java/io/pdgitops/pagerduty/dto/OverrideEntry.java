package io.pdgitops.pagerduty.dto;

import java.time.OffsetDateTime;

/** A schedule override: {@code user} is on call from {@code start} to {@code end} instead of the layers. */
@PagerDutyObject
public record OverrideEntry(String id, OffsetDateTime start, OffsetDateTime end, Reference user) {

    public static OverrideEntry of(OffsetDateTime start, OffsetDateTime end, String userId) {
        return new OverrideEntry(null, start, end, Reference.user(userId));
    }
}
