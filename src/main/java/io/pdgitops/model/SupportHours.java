package io.pdgitops.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** A service's support hours (PagerDuty's {@code fixed_time_per_day}). */
public record SupportHours(ZoneId timeZone, List<DayOfWeek> daysOfWeek, LocalTime startTime, LocalTime endTime) {

    public SupportHours {
        daysOfWeek = List.copyOf(daysOfWeek);
    }
}
