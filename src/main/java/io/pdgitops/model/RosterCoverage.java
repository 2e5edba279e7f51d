package io.pdgitops.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * The hours a roster's schedule must cover: all week ({@code 24x7}) or weekly windows.
 *
 * @param weekly empty when {@code allWeek}
 */
public record RosterCoverage(boolean allWeek, List<Window> weekly) {

    public RosterCoverage {
        weekly = List.copyOf(weekly);
    }

    /** From {@code start} to {@code end} on each of {@code days}, in the roster's time zone. */
    public record Window(Set<DayOfWeek> days, LocalTime start, LocalTime end) {

        public Window {
            days = Set.copyOf(days);
        }
    }
}
