package io.pdgitops.schedule;

import java.time.Instant;

/**
 * The time range {@code [since, until)} to render. With {@code overflow} entries that cross the
 * edges are kept whole instead of being cut at {@code since} and {@code until}.
 */
public record Window(Instant since, Instant until, boolean overflow) {
}
