package io.pdgitops.state;

public enum LoadStatus {
    /** No state file: nothing was applied before, as far as this data directory knows. */
    FIRST_RUN,
    /** The state file was read. */
    LOADED,
    /** The state file could not be read and was moved aside; the service starts empty but must not prune. */
    CORRUPT_SET_ASIDE
}
