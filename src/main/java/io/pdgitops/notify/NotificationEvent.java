package io.pdgitops.notify;

/** What happened, and whether it opens or closes a problem (a PagerDuty alert is triggered or resolved). */
public enum NotificationEvent {
    SYNC_FAILED("sync-failed", Concern.SYNC, true),
    COMMIT_INVALID("commit-invalid", Concern.SYNC, true),
    RECOVERED("recovered", Concern.SYNC, false),
    DRIFT_APPEARED("drift-appeared", Concern.DRIFT, true),
    DRIFT_GONE("drift-gone", Concern.DRIFT, false);

    /** The two things that can be wrong at once: syncing, and PagerDuty matching Git. */
    public enum Concern {
        SYNC, DRIFT
    }

    private final String wireName;
    private final Concern concern;
    private final boolean problem;

    NotificationEvent(String wireName, Concern concern, boolean problem) {
        this.wireName = wireName;
        this.concern = concern;
        this.problem = problem;
    }

    /** The name in JSON bodies and headers, e.g. {@code sync-failed}. */
    public String wireName() {
        return wireName;
    }

    public Concern concern() {
        return concern;
    }

    /** True when it opens a problem, false when it closes one. */
    public boolean problem() {
        return problem;
    }
}
