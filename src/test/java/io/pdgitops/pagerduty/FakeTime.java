package io.pdgitops.pagerduty;

import io.pdgitops.http.retry.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when something sleeps on it, and remembers every sleep. */
final class FakeTime implements Ticker, Sleeper {

    private long nanos;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanos() {
        return nanos;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        nanos += duration.toNanos();
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
