package io.pdgitops.roster;

import java.time.Duration;
import java.util.Optional;

/**
 * One member's share of a compiled roster.
 *
 * @param shifts shifts per cycle
 * @param perCycle on-call time per cycle
 * @param perWeek average on-call time per week
 */
public record MemberHours(String user, Optional<String> site, int shifts, Duration perCycle, Duration perWeek) {
}
