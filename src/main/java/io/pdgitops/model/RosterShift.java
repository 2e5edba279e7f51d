package io.pdgitops.model;

import java.time.Duration;
import java.time.LocalTime;

/**
 * A shift that starts every day at {@code start} and belongs to that day even when it runs past
 * midnight.
 *
 * @param end earlier than {@code start} means the next day; equal means a 24-hour shift
 */
public record RosterShift(String name, LocalTime start, LocalTime end) {

    private static final Duration DAY = Duration.ofDays(1);

    /** Wall-clock length: 09:00-21:00 is 12 h, 21:00-09:00 is 12 h, 09:00-09:00 is 24 h. */
    public Duration length() {
        Duration between = Duration.between(start, end);
        return between.isNegative() || between.isZero() ? between.plus(DAY) : between;
    }
}
