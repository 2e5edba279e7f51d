package io.pdgitops.model;

import java.time.Duration;
import java.util.Optional;

/**
 * A service timeout that the YAML declared: either a duration or explicitly disabled
 * ({@code null} in YAML). A timeout the YAML does not mention is an empty {@code Optional<Timeout>},
 * so "leave PagerDuty's value alone" and "turn it off" never get confused.
 */
public record Timeout(Optional<Duration> after) {

    private static final Timeout DISABLED = new Timeout(Optional.empty());

    public static Timeout disabled() {
        return DISABLED;
    }

    /** PagerDuty treats 0 like null, so a zero duration is the same as disabled. */
    public static Timeout after(Duration duration) {
        return duration.isZero() ? DISABLED : new Timeout(Optional.of(duration));
    }

    public boolean isDisabled() {
        return after.isEmpty();
    }
}
