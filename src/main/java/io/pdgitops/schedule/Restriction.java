package io.pdgitops.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

/**
 * A window during which a layer may hand out on-call time, in the schedule's time zone.
 *
 * @param startDayOfWeek only for {@link Kind#WEEKLY}; {@code null} for daily restrictions
 */
public record Restriction(Kind kind, LocalTime startTimeOfDay, Duration duration, DayOfWeek startDayOfWeek) {

    public enum Kind { DAILY, WEEKLY }

    public static Restriction daily(LocalTime start, Duration duration) {
        return new Restriction(Kind.DAILY, start, duration, null);
    }

    public static Restriction weekly(DayOfWeek day, LocalTime start, Duration duration) {
        return new Restriction(Kind.WEEKLY, start, duration, day);
    }
}
