package io.pdgitops.state;

/** How a sync ended. */
public enum SyncOutcome {
    /** Every step applied. */
    SUCCEEDED,
    /** PagerDuty already matched the revision. */
    NO_CHANGES,
    /** Some steps failed; the next sync converges. */
    PARTIALLY_FAILED,
    /** Nothing could be applied, e.g. PagerDuty could not be read. */
    FAILED,
    /** The revision did not validate, so nothing was applied. */
    INVALID_CONFIG,
    /** The process stopped during the sync; found on the next start. */
    INTERRUPTED
}
