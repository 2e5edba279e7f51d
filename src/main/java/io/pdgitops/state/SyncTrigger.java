package io.pdgitops.state;

/** What started a sync. */
public enum SyncTrigger {
    PUSH_WEBHOOK, POLL, MANUAL, DRIFT_CHECK, STARTUP
}
