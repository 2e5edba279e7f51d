package io.pdgitops.state;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What opening the store found.
 *
 * @param inventoryKnown false when the store cannot say what was applied before (first run, nothing applied yet, or
 *     lost state); callers must then disable prune, since an empty inventory would otherwise read as "nothing was
 *     ever applied"
 * @param setAside where an unreadable state file was moved
 * @param problem why it was unreadable
 */
public record OpenedState(SyncState state, LoadStatus status, boolean inventoryKnown, Optional<Path> setAside,
        Optional<String> problem) {

    static OpenedState firstRun() {
        return new OpenedState(SyncState.EMPTY, LoadStatus.FIRST_RUN, false, Optional.empty(), Optional.empty());
    }

    static OpenedState loaded(SyncState state) {
        return new OpenedState(state, LoadStatus.LOADED, state.lastAppliedRevision() != null, Optional.empty(),
                Optional.empty());
    }

    static OpenedState corrupt(Path setAside, String problem) {
        return new OpenedState(SyncState.EMPTY, LoadStatus.CORRUPT_SET_ASIDE, false, Optional.of(setAside),
                Optional.of(problem));
    }

    /** A sync that was running when the process stopped, found in the state file. */
    public Optional<SyncInProgress> interruptedSync() {
        return state.inProgress();
    }
}
