package io.pdgitops.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * How the hand-off instants {@code H(k)} of a rotation are placed when the schedule's time zone
 * changes its offset (daylight saving time). PagerDuty does not document which one it uses; see
 * {@link RenderingChoices} for the default and why.
 */
public enum HandoffModel {

    /**
     * A hand-off keeps the local wall-clock time of the rotation virtual start: turn k starts at the
     * virtual start's local date-time plus k turns of whole days, resolved in the schedule's zone
     * (a time in a spring-forward gap moves forward by the gap, an ambiguous time takes the earlier
     * offset). The turn that spans a change lasts 23 h or 25 h. Only defined for turns of whole days.
     */
    CALENDAR {
        @Override
        TurnClock clock(Instant rotationVirtualStart, Duration turnLength, ZoneId zone) {
            return new CalendarTurnClock(rotationVirtualStart, turnLength, zone);
        }
    },

    /**
     * Turn k starts exactly {@code k × turnLength} of elapsed time after the rotation virtual start;
     * a 09:00 hand-off moves to 10:00 local after a spring-forward change.
     */
    EXACT {
        @Override
        TurnClock clock(Instant rotationVirtualStart, Duration turnLength, ZoneId zone) {
            return new ExactTurnClock(rotationVirtualStart.getEpochSecond(), turnLength.getSeconds());
        }
    };

    abstract TurnClock clock(Instant rotationVirtualStart, Duration turnLength, ZoneId zone);
}
