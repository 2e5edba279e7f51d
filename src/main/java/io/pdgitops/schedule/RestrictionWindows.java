package io.pdgitops.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The union of a layer's restriction windows that touch a range, sorted and disjoint. One window per
 * local day (daily) or week (weekly) per restriction, so the work is proportional to the range in
 * days, not in minutes.
 */
final class RestrictionWindows {

    private RestrictionWindows() {
    }

    static List<Interval> within(List<Restriction> restrictions, ZoneId zone, RestrictionEnd endModel, Interval range) {
        List<Interval> windows = new ArrayList<>();
        for (Restriction restriction : restrictions) {
            addWindows(restriction, zone, endModel, range, windows);
        }
        windows.sort(Comparator.comparingLong(Interval::start));
        return union(windows);
    }

    private static void addWindows(
            Restriction restriction, ZoneId zone, RestrictionEnd endModel, Interval range, List<Interval> into) {
        // Start early enough to catch a window that began before the range and still runs into it:
        // durations are below a day (daily) or a week (weekly), plus a day of slack for offset changes.
        LocalDate first = LocalDate.ofInstant(Instant.ofEpochSecond(range.start()), zone);
        LocalDate last = LocalDate.ofInstant(Instant.ofEpochSecond(range.end()), zone);
        int stepDays;
        if (restriction.kind() == Restriction.Kind.DAILY) {
            first = first.minusDays(2);
            stepDays = 1;
        } else {
            first = first.minusDays(8).with(TemporalAdjusters.nextOrSame(restriction.startDayOfWeek()));
            stepDays = 7;
        }
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(stepDays)) {
            Interval window = window(restriction, day, zone, endModel);
            boolean empty = window.end() <= window.start();
            if (!empty && window.end() > range.start() && window.start() < range.end()) {
                into.add(window);
            }
        }
    }

    private static Interval window(Restriction restriction, LocalDate day, ZoneId zone, RestrictionEnd endModel) {
        LocalDateTime localStart = day.atTime(restriction.startTimeOfDay());
        long start = ZonedDateTime.of(localStart, zone).toEpochSecond();
        long end = switch (endModel) {
            case ELAPSED -> start + restriction.duration().getSeconds();
            case WALL_CLOCK -> ZonedDateTime.of(localStart.plus(restriction.duration()), zone).toEpochSecond();
        };
        // A wall-clock window that starts inside a spring-forward gap is moved forward by the gap
        // while its end may not be; what is left of it can be empty but never negative.
        return new Interval(start, Math.max(start, end));
    }

    private static List<Interval> union(List<Interval> sorted) {
        List<Interval> merged = new ArrayList<>();
        for (Interval window : sorted) {
            int lastIndex = merged.size() - 1;
            if (lastIndex >= 0 && window.start() <= merged.get(lastIndex).end()) {
                Interval previous = merged.get(lastIndex);
                merged.set(lastIndex, new Interval(previous.start(), Math.max(previous.end(), window.end())));
            } else {
                merged.add(window);
            }
        }
        return merged;
    }
}
