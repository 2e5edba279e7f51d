package io.pdgitops.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * Hours that must be covered on each of {@code days}, from {@code start} on that day to {@code end}.
 * An {@code end} at or before {@code start} is on the next day, so {@code 21:00}-{@code 09:00} is a
 * night and {@code 00:00}-{@code 00:00} a whole day.
 */
public record CoverageHours(List<DayOfWeek> days, LocalTime start, LocalTime end) {

    public CoverageHours {
        days = List.copyOf(days);
    }
}
