package io.pdgitops.service;

/**
 * Who asked for a drift check, which decides whose share of PagerDuty's rate limit it reads the account with: the
 * schedule's checks are the service's own work, like syncs; a check asked for over HTTP is paid from the smaller
 * share kept for requests, so that callers cannot spend what the syncs need.
 */
public enum DriftOrigin {
    /** The periodic check, or the one after the start-up sync. */
    SCHEDULE,
    /** A caller of the API ({@code ?refresh=true}, or the first drift request before any check ran). */
    REQUEST
}
