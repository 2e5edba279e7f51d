package io.pdgitops.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A window during which a layer is on call, in the schedule's time zone.
 *
 * @param startDayOfWeek present exactly for {@link Type#WEEKLY}
 */
public record LayerRestriction(Type type, Optional<DayOfWeek> startDayOfWeek, LocalTime startTimeOfDay, Duration duration) {

    public enum Type { DAILY, WEEKLY }
}
