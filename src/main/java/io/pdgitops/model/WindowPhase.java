package io.pdgitops.model;

import java.time.Instant;

/**
 * Where a maintenance window stands at a given instant. PagerDuty keeps ended windows as history and refuses to
 * change or delete them, and moves a start in the past to "now": only a future window can take a new start.
 */
public enum WindowPhase {
    /** Ended: history, never changed, deleted or reported as drift. */
    PAST,
    /** Running: its end and services may change, its start may not; deleting it ends it. */
    ONGOING,
    /** Not started: everything may change. */
    FUTURE;

    public static WindowPhase of(Instant start, Instant end, Instant now) {
        if (!end.isAfter(now)) {
            return PAST;
        }
        return start.isAfter(now) ? FUTURE : ONGOING;
    }
}
