package io.pdgitops.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything the service remembers between runs. Immutable; the {@code with...} methods return changed copies.
 *
 * @param lastSeenRevision the newest revision of the tracked branch that a sync looked at
 * @param lastAppliedRevision the revision whose objects {@code inventory} lists; null before the first apply
 * @param inventory objects applied at {@code lastAppliedRevision}: the base of prune
 * @param lastSyncId id of the newest history record; ids keep counting when old records are dropped
 * @param syncInProgress set while a sync runs, null otherwise
 * @param history newest last, at most the store's limit
 */
public record SyncState(int formatVersion, String lastSeenRevision, String lastAppliedRevision,
        SortedSet<InventoryEntry> inventory, long lastSyncId, SyncInProgress syncInProgress,
        List<SyncRecord> history) {

    public static final int FORMAT_VERSION = 1;
    public static final SyncState EMPTY = new SyncState(FORMAT_VERSION, null, null, new TreeSet<>(), 0, null,
            List.of());

    public SyncState {
        inventory = Collections.unmodifiableSortedSet(new TreeSet<>(inventory == null ? Set.of() : inventory));
        history = history == null ? List.of() : List.copyOf(history);
    }

    public Optional<SyncInProgress> inProgress() {
        return Optional.ofNullable(syncInProgress);
    }

    SyncState withSeen(String revision) {
        return new SyncState(FORMAT_VERSION, revision, lastAppliedRevision, inventory, lastSyncId, syncInProgress,
                history);
    }

    SyncState withSyncStarted(SyncInProgress marker) {
        return new SyncState(FORMAT_VERSION, marker.revision(), lastAppliedRevision, inventory, lastSyncId, marker,
                history);
    }

    /**
     * Appends {@code record} with the next id, drops the oldest records beyond {@code historyLimit} and clears the
     * in-progress marker. When {@code applied} is present, the record's revision becomes the last applied one with
     * that inventory.
     */
    SyncState withSyncFinished(SyncRecord record, Optional<Set<InventoryEntry>> applied, int historyLimit) {
        long id = lastSyncId + 1;
        List<SyncRecord> kept = new ArrayList<>(history);
        kept.add(record.withId(id));
        if (kept.size() > historyLimit) {
            kept = kept.subList(kept.size() - historyLimit, kept.size());
        }
        return new SyncState(FORMAT_VERSION, lastSeenRevision,
                applied.isPresent() ? record.revision() : lastAppliedRevision,
                applied.map(TreeSet::new).orElse(new TreeSet<>(inventory)), id, null, kept);
    }
}
