package io.pdgitops.http.retry;

import java.lang.System.Logger.Level;

/** Runs the attempts of one call under a {@link RetryPolicy}: the only retry loop of the project's HTTP clients. */
public final class RetryLoop {

    private static final System.Logger LOG = System.getLogger(RetryLoop.class.getName());

    private final RetryPolicy policy;
    private final Sleeper sleeper;

    public RetryLoop(RetryPolicy policy, Sleeper sleeper) {
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** @param what names the call in the log, e.g. {@code "PagerDuty GET /teams/{id}"}; no secrets */
    public <T> T run(String what, Repeat repeat, Exchange<T> exchange) {
        for (int retry = 0; ; retry++) {
            Exchange.Attempt<T> attempt = exchange.attempt(retry);
            if (attempt.failure() == null) {
                return attempt.value();
            }
            Decision decision = policy.decide(attempt.failure(), repeat, retry);
            if (!decision.retries()) {
                throw exchange.giveUp(attempt.failure(), decision, retry + 1);
            }
            LOG.log(Level.INFO, "{0} got {1}: retry {2} of {3} in {4} ms", what, attempt.failure().cause(),
                    retry + 1, policy.maxRetries(), decision.delay().toMillis());
            try {
                sleeper.sleep(decision.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw exchange.interrupted(e);
            }
        }
    }
}
