package io.pdgitops.model;

import java.time.Instant;
import java.util.List;

/**
 * One maintenance window as PagerDuty holds it: a declared one-off window, or one week's window of a weekly rule.
 *
 * @param name the declared name, PagerDuty's description
 */
public record WindowOccurrence(String name, List<String> services, Instant start, Instant end) {

    public WindowOccurrence {
        services = List.copyOf(services);
    }

    /** Where a window stands at {@code now}. */
    public WindowPhase phaseAt(Instant now) {
        return WindowPhase.of(start, end, now);
    }
}
