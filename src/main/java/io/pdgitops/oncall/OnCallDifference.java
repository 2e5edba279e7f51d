package io.pdgitops.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a change to one schedule moves on-call time over a range: the periods whose person changes,
 * the time each person gains (positive) or loses (negative, by email, sorted) and the gaps the change opens.
 *
 * @param created the schedule does not exist in PagerDuty yet, so everything is new
 */
public record OnCallDifference(
        String schedule,
        ZoneId timeZone,
        boolean created,
        TimeRange range,
        List<Change> changes,
        Map<String, Duration> timeGained,
        List<TimeRange> newGaps) {

    public OnCallDifference {
        changes = List.copyOf(changes);
        timeGained = Collections.unmodifiableMap(new TreeMap<>(timeGained));
        newGaps = List.copyOf(newGaps);
    }

    /** From {@code start} to {@code end} the person on call goes from {@code before} to {@code after} (empty: nobody). */
    public record Change(Instant start, Instant end, Optional<String> before, Optional<String> after) {
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
