package io.pdgitops.check;

/** How a check of a revision ended. */
public enum CheckOutcome {
    /** Valid, and applying it would change PagerDuty. */
    CHANGES,
    /** Valid, and PagerDuty already matches it. */
    NO_CHANGES,
    /** Valid, but its plan deletes more than {@code max_deletions}: a sync would refuse it. */
    REFUSED,
    /** The configuration has errors. */
    INVALID,
    /** The revision could not be fetched or read, or PagerDuty could not be read: nothing is known. */
    FAILED;

    /** Whether the configuration itself is valid; unknown counts as not. */
    public boolean valid() {
        return this == CHANGES || this == NO_CHANGES || this == REFUSED;
    }
}
