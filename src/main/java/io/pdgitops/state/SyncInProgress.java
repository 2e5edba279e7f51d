package io.pdgitops.state;

import java.time.Instant;

/** Written before a sync touches PagerDuty and cleared when it ends, so a restart can tell a sync was cut off. */
public record SyncInProgress(String revision, Instant startedAt, SyncTrigger trigger) {
}
