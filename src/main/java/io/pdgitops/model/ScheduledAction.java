package io.pdgitops.model;

/**
 * A scheduled urgency change. PagerDuty supports only {@code urgency_change} to {@code high} at a
 * named time, so the named time is all there is to declare.
 *
 * @param at {@code support_hours_start} or {@code support_hours_end}
 */
public record ScheduledAction(String at) {
}
