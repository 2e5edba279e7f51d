package io.pdgitops.service;

import io.pdgitops.state.SyncOutcome;

/** The one word that says how the tracked branch and PagerDuty stand, as {@code /api/v1/status} shows it. */
public enum Phase {
    /** PagerDuty matches the last applied revision, which is the newest valid one. */
    SYNCED("Synced"),
    /** A drift check found PagerDuty changed since, or a newer revision is waiting. */
    OUT_OF_SYNC("OutOfSync"),
    /** The newest revision does not validate; the last good one stays applied. */
    INVALID("Invalid"),
    /** The last sync could not apply everything. */
    FAILED("Failed"),
    SYNCING("Syncing");

    private final String displayName;

    Phase(String displayName) {
        this.displayName = displayName;
    }

    /** As shown in the API, in the words Argo CD users know. */
    public String displayName() {
        return displayName;
    }

    /** The phase a sync leaves behind, before any drift check. */
    public static Phase after(SyncOutcome outcome) {
        return switch (outcome) {
            case SUCCEEDED, NO_CHANGES -> SYNCED;
            case INVALID_CONFIG -> INVALID;
            case PARTIALLY_FAILED, FAILED, INTERRUPTED -> FAILED;
        };
    }
}
