package io.pdgitops.http.retry;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before a retry: exponential with jitter, so that many clients do not retry in lockstep. Shared by
 * every HTTP client of the project.
 */
public final class Backoff {

    /** Added on top of PagerDuty's {@code ratelimit-reset} so that waiting clients do not all return at once. */
    public static final Duration RESET_JITTER = Duration.ofSeconds(1);

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** For retry 1, 2, 3...: between half and all of {@code min(cap, base * 2^(retry-1))}. */
    public Duration beforeRetry(int retry) {
        long ceiling = base.toMillis();
        for (int i = 1; i < retry && ceiling < cap.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, cap.toMillis());
        return Duration.ofMillis(ceiling / 2 + (long) (random.nextDouble() * (ceiling - ceiling / 2)));
    }

    /** After a 429 that said when the window resets. */
    public Duration afterRateLimitReset(Duration reset) {
        return reset.plusMillis((long) (random.nextDouble() * RESET_JITTER.toMillis()));
    }
}
