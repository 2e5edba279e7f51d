package io.pdgitops.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** When a declared maintenance window runs: once, or every week on some days. */
public sealed interface WindowTiming {

    /** One window between two instants, as PagerDuty stores it. */
    record Once(OffsetDateTime start, OffsetDateTime end) implements WindowTiming {
    }

    /**
     * A window every week on {@code days}, starting at {@code start} local time in {@code timeZone} and lasting
     * {@code duration} (elapsed time, so a window across a daylight-saving change keeps its length).
     *
     * @param weeksAhead how far ahead windows exist in PagerDuty; later ones are created as time passes
     */
    record Weekly(List<DayOfWeek> days, LocalTime start, Duration duration, ZoneId timeZone, int weeksAhead)
            implements WindowTiming {

        /** Weeks ahead when the document does not say: a month of change windows is visible in PagerDuty. */
        public static final int DEFAULT_WEEKS_AHEAD = 4;

        public Weekly {
            days = List.copyOf(days);
        }

        /** The least time between one declared day's start and the next, around the week. */
        public Duration shortestGap() {
            List<Integer> sorted = days.stream().map(DayOfWeek::getValue).distinct().sorted().toList();
            int least = 7;
            for (int i = 0; i < sorted.size(); i++) {
                int next = i + 1 < sorted.size() ? sorted.get(i + 1) : sorted.get(0) + 7;
                least = Math.min(least, next - sorted.get(i));
            }
            return Duration.ofDays(least);
        }
    }
}
