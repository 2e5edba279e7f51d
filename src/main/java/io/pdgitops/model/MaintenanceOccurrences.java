package io.pdgitops.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Expands declared maintenance windows into the windows PagerDuty should hold at {@code now}. The instant is handed
 * in so that a plan, a preview and a test agree on which weeks exist.
 */
public final class MaintenanceOccurrences {

    private MaintenanceOccurrences() {
    }

    /**
     * A one-off window as declared (even an ended one: whether it is history is the diff's decision); a weekly rule's
     * windows that have not ended at {@code now} and start within its weeks ahead, in start order.
     */
    public static List<WindowOccurrence> of(MaintenanceWindow window, Instant now) {
        if (window.timing() instanceof WindowTiming.Once once) {
            return List.of(new WindowOccurrence(window.name(), window.services(), once.start().toInstant(),
                    once.end().toInstant()));
        }
        WindowTiming.Weekly weekly = (WindowTiming.Weekly) window.timing();
        Instant horizon = now.plus(Duration.ofDays(7L * weekly.weeksAhead()));
        // Start a week early: last week's window may still be running now.
        LocalDate monday = now.atZone(weekly.timeZone()).toLocalDate().minusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<WindowOccurrence> occurrences = new ArrayList<>();
        for (int week = 0; week <= weekly.weeksAhead() + 1; week++) {
            for (DayOfWeek day : weekly.days()) {
                LocalDate date = monday.plusWeeks(week).with(TemporalAdjusters.nextOrSame(day));
                // A start in a daylight-saving gap moves forward by the gap, as ZonedDateTime resolves it.
                Instant start = ZonedDateTime.of(date, weekly.start(), weekly.timeZone()).toInstant();
                Instant end = start.plus(weekly.duration());
                if (end.isAfter(now) && start.isBefore(horizon)) {
                    occurrences.add(new WindowOccurrence(window.name(), window.services(), start, end));
                }
            }
        }
        occurrences.sort(Comparator.comparing(WindowOccurrence::start));
        return List.copyOf(occurrences);
    }

    /** Every declared window expanded, in the order of the declarations. */
    public static List<WindowOccurrence> of(List<MaintenanceWindow> windows, Instant now) {
        return windows.stream().flatMap(window -> of(window, now).stream()).toList();
    }
}
