package io.pdgitops.pagerduty;

import io.pdgitops.http.retry.Sleeper;
import java.time.Duration;

/**
 * A token bucket that paces requests so that PagerDuty never has reason to answer 429. It holds a small burst and
 * refills at {@code (limit - burst)} per minute, so that the burst plus the refill in any one-minute window stays
 * within the limit. A caller that finds the bucket empty reserves the next permit and sleeps until it is due, so
 * concurrent callers queue up in order instead of all waking at once.
 */
public final class RateLimiter {

    static final int MAX_BURST = 16;
    private static final double NANOS_PER_MINUTE = 60e9;

    private final double capacity;
    private final double permitsPerNano;
    private final Ticker ticker;
    private final Sleeper sleeper;
    private double available;
    private long lastRefill;

    private RateLimiter(double capacity, double permitsPerMinute, Ticker ticker, Sleeper sleeper) {
        this.capacity = capacity;
        this.permitsPerNano = permitsPerMinute / NANOS_PER_MINUTE;
        this.ticker = ticker;
        this.sleeper = sleeper;
        this.available = capacity;
        this.lastRefill = ticker.nanos();
    }

    /** At most {@code limit} permits in any one-minute window (for limits of 2 and more). */
    public static RateLimiter perMinute(int limit, Ticker ticker, Sleeper sleeper) {
        if (limit < 1) {
            throw new IllegalArgumentException("the rate limit must be at least 1 per minute, was " + limit);
        }
        int burst = Math.max(1, Math.min(MAX_BURST, limit / 60));
        return new RateLimiter(burst, Math.max(1, limit - burst), ticker, sleeper);
    }

    /** Never waits: for tests and for servers that do not limit. */
    public static RateLimiter unlimited() {
        return new RateLimiter(Double.MAX_VALUE, Double.MAX_VALUE, () -> 0L, duration -> {
        });
    }

    public void acquire() throws InterruptedException {
        long waitNanos;
        synchronized (this) {
            refill();
            available -= 1;
            waitNanos = available >= 0 ? 0 : (long) Math.ceil(-available / permitsPerNano);
        }
        if (waitNanos > 0) {
            sleeper.sleep(Duration.ofNanos(waitNanos));
        }
    }

    private void refill() {
        long now = ticker.nanos();
        available = Math.min(capacity, available + (now - lastRefill) * permitsPerNano);
        lastRefill = now;
    }
}
