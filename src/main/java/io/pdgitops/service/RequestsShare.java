package io.pdgitops.service;

/**
 * How much of a PagerDuty token's rate work asked for over HTTP may use: the configured share, but never more than
 * half the token's limit, so that a sync always finds the other half free however busy the API is.
 */
public final class RequestsShare {

    /** A lane smaller than this could not even read one page after another. */
    static final int SMALLEST = 2;

    private RequestsShare() {
    }

    /**
     * @param configured {@code pd-gitops.on-demand.pagerduty-requests-per-minute}
     * @param tokenLimit the client's requests per minute for the token
     */
    public static int of(int configured, int tokenLimit) {
        if (configured < SMALLEST) {
            throw new IllegalStateException("pd-gitops.on-demand.pagerduty-requests-per-minute must be at least "
                    + SMALLEST + ", was " + configured);
        }
        return Math.max(SMALLEST, Math.min(configured, tokenLimit / 2));
    }
}
