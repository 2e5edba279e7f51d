package io.pdgitops.diff;

import java.time.Instant;

/**
 * @param now the moment of the diff: layer starts before it are rewritten by PagerDuty, and removed
 *     layers end at it. Passed in so the diff never reads a clock.
 */
public record DiffOptions(Instant now) {
}
