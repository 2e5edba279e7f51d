package io.pdgitops.schedule;

import java.time.Instant;

/**
 * A schedule override: {@code user} is on call for {@code [start, end)} regardless of layers and
 * restrictions. {@code createdSequence} orders overlapping overrides: the most recent wins.
 */
public record ScheduleOverride(String user, Instant start, Instant end, long createdSequence) {
}
