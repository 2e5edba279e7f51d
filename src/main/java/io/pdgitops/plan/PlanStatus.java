package io.pdgitops.plan;

/** Whether a plan may be applied. */
public enum PlanStatus {
    READY,
    /** Deletes more than {@code max_deletions} without force: shown, never applied. */
    REFUSED
}
