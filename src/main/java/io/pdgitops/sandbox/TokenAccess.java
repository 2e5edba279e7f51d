package io.pdgitops.sandbox;

/** What an API token may do: PagerDuty's read-only keys get 403 on every write. */
public enum TokenAccess {
    FULL,
    READ_ONLY
}
