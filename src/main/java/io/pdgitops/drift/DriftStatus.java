package io.pdgitops.drift;

/** How a declared object compares with PagerDuty. */
public enum DriftStatus {
    IN_SYNC,
    /** PagerDuty has it with different values in fields that Git declares. */
    DRIFTED,
    /** Declared in Git, absent from PagerDuty. */
    MISSING,
    /** Several PagerDuty objects have its name: not compared. */
    AMBIGUOUS
}
