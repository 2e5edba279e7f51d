package io.pdgitops.oncall;

import io.pdgitops.model.Coverage;
import io.pdgitops.model.CoverageHours;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The times a {@link Coverage} rule asks for that a preview leaves without anyone on call. */
public final class CoverageCheck {

    private CoverageCheck() {
    }

    public static List<TimeRange> uncovered(Coverage coverage, SchedulePreview preview) {
        return TimeRange.subtract(required(coverage, preview.timeZone(), preview.range()), preview.covered());
    }

    /** The times within {@code range} that the rule asks to be covered. */
    public static List<TimeRange> required(Coverage coverage, ZoneId zone, TimeRange range) {
        if (coverage instanceof Coverage.Weekly weekly) {
            List<TimeRange> required = new ArrayList<>();
            // Start a day early: hours that begin the evening before the range may run into it.
            LocalDate first = range.start().atZone(zone).toLocalDate().minusDays(1);
            LocalDate last = range.end().atZone(zone).toLocalDate();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                for (CoverageHours hours : weekly.hours()) {
                    if (hours.days().contains(day.getDayOfWeek())) {
                        required.add(clip(hoursOn(day, hours, zone), range));
                    }
                }
            }
            return TimeRange.union(required);
        }
        return List.of(range);
    }

    private static TimeRange hoursOn(LocalDate day, CoverageHours hours, ZoneId zone) {
        ZonedDateTime start = day.atTime(hours.start()).atZone(zone);
        LocalDate endDay = hours.end().isAfter(hours.start()) ? day : day.plusDays(1);
        ZonedDateTime end = endDay.atTime(hours.end()).atZone(zone);
        return new TimeRange(start.toInstant(), end.toInstant());
    }

    private static TimeRange clip(TimeRange range, TimeRange window) {
        var start = range.start().isBefore(window.start()) ? window.start() : range.start();
        var end = range.end().isAfter(window.end()) ? window.end() : range.end();
        return new TimeRange(start, end.isBefore(start) ? start : end);
    }
}
