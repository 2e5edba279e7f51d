package io.pdgitops.sandbox;

/**
 * Faults injected into answers, for tests and benchmarks. Decisions come from a random generator
 * seeded with {@code seed}, so a run with the same settings and requests sees the same faults.
 *
 * @param latencyMillis       added to every answer
 * @param jitterMillis        up to this much more, drawn per request
 * @param errorRate           share (0..1) of requests answered 500
 * @param dropRate            share (0..1) of requests whose connection is dropped without an answer
 * @param rateLimitBurst      the next this-many requests are answered 429
 * @param burstWithHeaders    whether those 429s carry rate-limit headers and a body (PagerDuty sometimes sends neither)
 * @param lostAnswerRate      share (0..1) of successful writes that are done and kept, but whose answer is lost: the
 *                            case where a client cannot know whether its create happened
 * @param lostAnswerStatus    how such an answer is lost: 0 drops the connection, a 5xx status (502 or 504, as a
 *                            proxy in front of PagerDuty answers when the server is slow) is sent instead of it
 */
public record Faults(
        long latencyMillis, long jitterMillis, double errorRate, double dropRate, int rateLimitBurst,
        boolean burstWithHeaders, long seed, double lostAnswerRate, int lostAnswerStatus) {

    public static final Faults NONE = new Faults(0, 0, 0, 0, 0, true, 1);

    public Faults {
        if (latencyMillis < 0 || jitterMillis < 0 || rateLimitBurst < 0) {
            throw new IllegalArgumentException("latency, jitter and burst must not be negative");
        }
        if (!(errorRate >= 0 && errorRate <= 1 && dropRate >= 0 && dropRate <= 1)) {
            throw new IllegalArgumentException("errorRate and dropRate must be between 0 and 1");
        }
        if (!(lostAnswerRate >= 0 && lostAnswerRate <= 1)) {
            throw new IllegalArgumentException("lostAnswerRate must be between 0 and 1");
        }
        if (lostAnswerStatus != 0 && (lostAnswerStatus < 500 || lostAnswerStatus > 599)) {
            throw new IllegalArgumentException("lostAnswerStatus must be 0 (drop the connection) or a 5xx status, was "
                    + lostAnswerStatus);
        }
    }

    /** Faults that strike before a request is handled only: every write that is done is answered. */
    public Faults(long latencyMillis, long jitterMillis, double errorRate, double dropRate, int rateLimitBurst,
            boolean burstWithHeaders, long seed) {
        this(latencyMillis, jitterMillis, errorRate, dropRate, rateLimitBurst, burstWithHeaders, seed, 0, 0);
    }
}
