package io.pdgitops.apply;

/** How a plan step ended. */
public enum StepStatus {
    SUCCEEDED,
    FAILED,
    /** Not tried, because a step it waits for did not succeed (or the plan was refused). */
    SKIPPED
}
