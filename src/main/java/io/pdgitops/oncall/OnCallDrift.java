package io.pdgitops.oncall;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Where who PagerDuty pages differs from who Git says over a range, for one schedule. A difference counts even when
 * every field of the schedule matches: the rendered outcome is what people get paged by.
 *
 * @param differences periods PagerDuty pages someone other than Git says, not explained by an override
 * @param overridden periods where an override in PagerDuty pages someone else: shown apart, not drift, since
 *     overrides are PagerDuty's own business (holiday swaps) and Git does not declare them
 */
public record OnCallDrift(String schedule, ZoneId timeZone, TimeRange range, List<Shift> differences,
        List<Shift> overridden) {

    public OnCallDrift {
        differences = List.copyOf(differences);
        overridden = List.copyOf(overridden);
    }

    /** From {@code start} to {@code end} Git says {@code git} is on call, PagerDuty pages {@code pagerDuty} (empty: nobody). */
    public record Shift(Instant start, Instant end, Optional<String> git, Optional<String> pagerDuty) {
    }

    public boolean drifted() {
        return !differences.isEmpty();
    }
}
