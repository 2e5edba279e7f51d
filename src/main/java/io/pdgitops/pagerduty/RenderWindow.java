package io.pdgitops.pagerduty;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The time range PagerDuty renders a schedule for ({@code final_schedule}, each layer's entries).
 *
 * @param overflow false cuts entries at the window's edges, true returns them whole
 * @param timeZone the zone of the returned times, or null for the schedule's own
 */
public record RenderWindow(OffsetDateTime since, OffsetDateTime until, boolean overflow, String timeZone) {

    public RenderWindow {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(since)) {
            throw new IllegalArgumentException("the window must end after it starts: " + since + " .. " + until);
        }
    }

    public static RenderWindow of(OffsetDateTime since, OffsetDateTime until) {
        return new RenderWindow(since, until, false, null);
    }

    Query toQuery() {
        return Query.of("since", since).with("until", until).with("overflow", overflow).with("time_zone", timeZone);
    }
}
