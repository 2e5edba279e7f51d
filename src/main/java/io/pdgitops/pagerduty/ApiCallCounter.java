package io.pdgitops.pagerduty;

import java.util.concurrent.atomic.LongAdder;

/** Counts what the client did, for metrics, tests and benchmarks. Thread-safe. */
public final class ApiCallCounter implements ApiCallListener {

    /**
     * @param reads       GET attempts
     * @param writes      POST, PUT and DELETE attempts
     * @param retries     attempts after the first of a call
     * @param rateLimited attempts answered 429
     * @param failed      attempts without a 2xx answer (rate limits and network errors included)
     */
    public record Counts(long reads, long writes, long retries, long rateLimited, long failed) {

        public long attempts() {
            return reads + writes;
        }
    }

    private final LongAdder reads = new LongAdder();
    private final LongAdder writes = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder failed = new LongAdder();

    @Override
    public void onCall(ApiCall call) {
        (call.write() ? writes : reads).increment();
        if (call.retry() > 0) {
            retries.increment();
        }
        if (call.rateLimited()) {
            rateLimited.increment();
        }
        if (!call.succeeded()) {
            failed.increment();
        }
    }

    public Counts counts() {
        return new Counts(reads.sum(), writes.sum(), retries.sum(), rateLimited.sum(), failed.sum());
    }
}
