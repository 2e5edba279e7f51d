package io.pdgitops.pagerduty;

import java.time.Duration;

/**
 * One HTTP attempt, as reported to {@link ApiCallListener}s.
 *
 * @param method       GET, POST, PUT or DELETE
 * @param pathTemplate the path with placeholders, e.g. {@code /services/{id}}, so that metrics have few labels
 * @param status       the HTTP status, or {@link PagerDutyException#NO_RESPONSE} after a network error or timeout
 * @param duration     from sending the request to reading the whole response (limiter waits excluded)
 * @param retry        0 for the first attempt, then 1, 2, ...
 */
public record ApiCall(String method, String pathTemplate, int status, Duration duration, int retry) {

    public boolean rateLimited() {
        return status == 429;
    }

    public boolean write() {
        return !method.equals("GET");
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
