package io.pdgitops.pagerduty;

/** A monotonic clock in nanoseconds, injectable so that pacing can be tested without waiting. */
@FunctionalInterface
public interface Ticker {

    Ticker SYSTEM = System::nanoTime;

    long nanos();
}
