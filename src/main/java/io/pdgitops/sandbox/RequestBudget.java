package io.pdgitops.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * PagerDuty's per-token budget of requests per minute, as fixed one-minute windows that start with
 * a token's first request. Thread-safe.
 */
final class RequestBudget {

    static final Duration WINDOW = Duration.ofMinutes(1);

    record Verdict(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private record Window(Instant start, int used) {
    }

    private final int limit;
    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();

    RequestBudget(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    synchronized Verdict acquire(String token) {
        Instant now = clock.instant();
        Window window = windows.get(token);
        if (window == null || !now.isBefore(window.start().plus(WINDOW))) {
            window = new Window(now, 0);
        }
        boolean allowed = window.used() < limit;
        if (allowed) {
            window = new Window(window.start(), window.used() + 1);
        }
        windows.put(token, window);
        long reset = Math.max(1, (long) Math.ceil(Duration.between(now, window.start().plus(WINDOW)).toMillis() / 1000.0));
        return new Verdict(allowed, limit, limit - window.used(), reset);
    }

    /** What the headers of an answer that spent nothing (an unauthenticated one) show. */
    Verdict untouched() {
        return new Verdict(true, limit, limit, WINDOW.toSeconds());
    }

    synchronized void reset() {
        windows.clear();
    }
}
