package io.pdgitops.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A span of time {@code [start, end)}, with the set operations coverage checks need. */
public record TimeRange(Instant start, Instant end) {

    /**
     * {@code days} calendar days from {@code start} in {@code zone}: from 08:00 to 08:00 on the wall
     * clock, so a range across a daylight saving change lasts 23 h or 25 h more or less than days × 24 h.
     */
    public static TimeRange days(Instant start, int days, ZoneId zone) {
        return new TimeRange(start, start.atZone(zone).plusDays(days).toInstant());
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** Sorted, with overlapping and touching ranges joined and empty ones dropped. */
    public static List<TimeRange> union(List<TimeRange> ranges) {
        List<TimeRange> sorted = ranges.stream()
                .filter(range -> range.start.isBefore(range.end))
                .sorted(Comparator.comparing(TimeRange::start))
                .toList();
        List<TimeRange> joined = new ArrayList<>();
        for (TimeRange range : sorted) {
            TimeRange last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && !range.start.isAfter(last.end)) {
                joined.set(joined.size() - 1, new TimeRange(last.start, max(last.end, range.end)));
            } else {
                joined.add(range);
            }
        }
        return joined;
    }

    /** The parts of {@code ranges} that none of {@code removed} touches. */
    public static List<TimeRange> subtract(List<TimeRange> ranges, List<TimeRange> removed) {
        List<TimeRange> holes = union(removed);
        List<TimeRange> result = new ArrayList<>();
        for (TimeRange range : union(ranges)) {
            Instant cursor = range.start;
            for (TimeRange hole : holes) {
                if (!hole.end.isAfter(cursor) || !hole.start.isBefore(range.end)) {
                    continue;
                }
                if (hole.start.isAfter(cursor)) {
                    result.add(new TimeRange(cursor, hole.start));
                }
                cursor = max(cursor, hole.end);
            }
            if (cursor.isBefore(range.end)) {
                result.add(new TimeRange(cursor, range.end));
            }
        }
        return result;
    }

    /** The times that lie in both lists. */
    public static List<TimeRange> intersect(List<TimeRange> a, List<TimeRange> b) {
        List<TimeRange> outside = new ArrayList<>(subtract(a, b));
        return subtract(a, outside);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
