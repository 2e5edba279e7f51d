package io.pdgitops.api;

import io.pdgitops.http.retry.Sleeper;
import io.pdgitops.pagerduty.RateLimiter;
import io.pdgitops.pagerduty.Ticker;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small per-minute budget per client address, for requests that anyone may send but that cost the service work
 * upstream. The table is bounded: past {@link #MAX_CLIENTS} addresses it starts over, which lets a caller with that
 * many addresses in, but only as far as the shared budget behind it allows.
 */
final class ClientBudgets {

    static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final Ticker ticker;
    private final Map<String, RateLimiter> byClient = new ConcurrentHashMap<>();

    ClientBudgets(int perMinute, Ticker ticker) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a client budget must allow at least 1 a minute, was " + perMinute);
        }
        this.perMinute = perMinute;
        this.ticker = ticker;
    }

    /** Spends one of the client's budget and answers zero, or spends nothing and answers how long until it may. */
    Duration take(String client) {
        if (byClient.size() >= MAX_CLIENTS && !byClient.containsKey(client)) {
            byClient.clear();
        }
        // Nothing here ever waits (tryAcquire never sleeps), so the limiter needs no real sleeper.
        return byClient.computeIfAbsent(client, key -> RateLimiter.perMinute(perMinute, ticker, Sleeper.SYSTEM))
                .tryAcquire();
    }
}
