package io.pdgitops.state;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The service's memory: revisions, the managed inventory, the in-progress marker and bounded sync history. Each
 * change is recorded whole before the method returns, so a reader or a restarted process never sees half of one.
 *
 * <p>{@link FileStateStore} keeps it in a file for one process; {@link PostgresStateStore} keeps it in PostgreSQL so
 * that several replicas share it.
 */
public interface StateStore {

    int DEFAULT_HISTORY_LIMIT = 500;

    /** What was found when the store was opened: check {@link OpenedState#inventoryKnown()} before pruning. */
    OpenedState loadResult();

    SyncState state();

    List<SyncRecord> history();

    void recordSeen(String revision);

    /** Marks a sync as running before it touches PagerDuty. */
    SyncInProgress beginSync(String revision, SyncTrigger trigger);

    /**
     * Ends a sync: appends {@code record} to history with the next id and clears the marker. Pass the inventory
     * when the record's revision was applied (all or in part), so that prune starts from it next time.
     */
    SyncRecord finishSync(SyncRecord record, Optional<Set<InventoryEntry>> appliedInventory);

    /**
     * Closes a sync that a previous run left marked as in progress: records it in history as {@code INTERRUPTED}
     * and clears the marker, leaving the last applied revision and inventory as they were. The caller then syncs
     * the marker's revision again; sync is idempotent, so steps that did happen are not repeated.
     */
    Optional<SyncRecord> closeInterruptedSync();
}
