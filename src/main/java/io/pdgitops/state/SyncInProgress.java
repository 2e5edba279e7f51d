package io.pdgitops.state;

import java.time.Instant;
import java.util.List;

/** Written before a sync touches PagerDuty and cleared when it ends, so a restart can tell a sync was cut off. */
public record SyncInProgress(String revision, Instant startedAt, SyncTrigger trigger) {

    /** The history record of this sync when it was cut off and found at {@code closedAt}. */
    SyncRecord interrupted(Instant closedAt) {
        return new SyncRecord(0, startedAt, closedAt, trigger, revision, null, "the process stopped during this sync",
                SyncOutcome.INTERRUPTED, List.of(), List.of());
    }
}
