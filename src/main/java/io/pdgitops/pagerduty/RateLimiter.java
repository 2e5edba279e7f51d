package io.pdgitops.pagerduty;

import io.pdgitops.http.retry.Sleeper;
import java.time.Duration;

/**
 * A token bucket that paces requests so that PagerDuty never has reason to answer 429. It holds a small burst and
 * refills at {@code (limit - burst)} per minute, so that the burst plus the refill in any one-minute window stays
 * within the limit. A caller that finds the bucket empty reserves the next permit and sleeps until it is due, so
 * concurrent callers queue up in order instead of all waking at once.
 *
 * <p>A {@linkplain #lane lane} is a smaller budget inside another limiter: its callers are paced by both, so the
 * work that uses the lane never takes more than its share of the outer limiter and the rest stays for everyone else.
 */
public final class RateLimiter {

    static final int MAX_BURST = 16;
    private static final double NANOS_PER_MINUTE = 60e9;

    private final double capacity;
    private final double permitsPerNano;
    private final Ticker ticker;
    private final Sleeper sleeper;
    /** The limiter this one is a lane of, which paces every permit too; null for a limiter of its own. */
    private final RateLimiter outer;
    private double available;
    private long lastRefill;

    private RateLimiter(double capacity, double permitsPerMinute, Ticker ticker, Sleeper sleeper, RateLimiter outer) {
        this.capacity = capacity;
        this.outer = outer;
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
        return new RateLimiter(burst, Math.max(1, limit - burst), ticker, sleeper, null);
    }

    /**
     * At most {@code limit} permits in any one-minute window for the callers of this lane, each also taken from
     * {@code outer}. Half the limit is free at once, so that a short piece of work (one read of an account) runs
     * unpaced; the other half refills over the minute.
     */
    public static RateLimiter lane(RateLimiter outer, int limit, Ticker ticker, Sleeper sleeper) {
        if (limit < 2) {
            throw new IllegalArgumentException("a lane needs at least 2 permits a minute, was " + limit);
        }
        int burst = limit / 2;
        return new RateLimiter(burst, limit - burst, ticker, sleeper, outer);
    }

    /** Never waits: for tests and for servers that do not limit. */
    public static RateLimiter unlimited() {
        return new RateLimiter(Double.MAX_VALUE, Double.MAX_VALUE, () -> 0L, duration -> {
        }, null);
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
        if (outer != null) {
            outer.acquire();
        }
    }

    /**
     * Takes a permit of this limiter if one is free now and answers zero; otherwise takes nothing and answers how
     * long until one is, for callers that refuse work rather than wait. The outer limiter of a lane is not asked.
     */
    public synchronized Duration tryAcquire() {
        Duration wait = untilFree();
        if (wait.isZero()) {
            available -= 1;
        }
        return wait;
    }

    /** Zero when a permit of this limiter is free now, otherwise how long until one is; takes nothing. */
    public synchronized Duration untilFree() {
        refill();
        return available >= 1 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - available) / permitsPerNano));
    }

    private void refill() {
        long now = ticker.nanos();
        available = Math.min(capacity, available + (now - lastRefill) * permitsPerNano);
        lastRefill = now;
    }
}
