package io.pdgitops.service;

import io.pdgitops.pagerduty.ApiCall;
import io.pdgitops.pagerduty.PagerDutyException;
import java.util.Optional;

/**
 * What one PagerDuty call says about whether the service can work with PagerDuty, for the readiness check. Only
 * answers that no retry will fix count: no answer, a server error, a refused API key. A 404, 400 or 429 is a
 * PagerDuty that answers and so is reachable.
 */
public final class PagerDutyReachability {

    private PagerDutyReachability() {
    }

    /** Why PagerDuty is not usable after {@code call}, or empty when the call got a usable answer. */
    public static Optional<String> problemAfter(ApiCall call) {
        if (call.status() == PagerDutyException.NO_RESPONSE) {
            return Optional.of(call.method() + " " + call.pathTemplate() + " answered nothing (network error)");
        }
        if (call.status() >= 500) {
            return Optional.of(call.method() + " " + call.pathTemplate() + " answered HTTP " + call.status());
        }
        if (call.status() == 401 || call.status() == 403) {
            return Optional.of("PagerDuty refused the API key (HTTP " + call.status() + ")");
        }
        return Optional.empty();
    }
}
