package io.pdgitops.pagerduty.dto;

/**
 * When a layer is active, in the schedule's time zone.
 *
 * @param type           {@code daily_restriction} or {@code weekly_restriction}
 * @param startTimeOfDay {@code HH:mm:ss}
 * @param startDayOfWeek ISO day 1 (Monday) to 7, weekly restrictions only
 */
@PagerDutyObject
public record RestrictionDto(String type, String startTimeOfDay, Integer durationSeconds, Integer startDayOfWeek) {
}
