package io.pdgitops.http.retry;

import java.time.Duration;

/** How an HTTP client waits (backoff, rate limit); tests inject one that only records or advances a fake clock. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
