package io.pdgitops.http.retry;

import java.time.Duration;

/**
 * The policy's answer for one failed attempt.
 *
 * @param delay how long to wait before the next attempt; zero when giving up
 * @param passing whether the failure is of a kind that passes with time (rate limit, 408, 5xx, network), so that a
 *     caller who gives up can say "try again later" rather than "fix the request"
 */
public record Decision(Verdict verdict, Duration delay, boolean passing) {

    public enum Verdict {
        /** Wait {@link #delay()} and send again. */
        RETRY,
        /** The server refused the request itself (a 4xx other than a rate limit): sending it again cannot help. */
        REFUSED,
        /** A call that is not safe to repeat may or may not have taken effect: the caller must find out. */
        OUTCOME_UNKNOWN,
        /** Every allowed attempt failed. */
        EXHAUSTED,
        /** The server asked to wait longer than the client is willing to: it is asking us to stop. */
        WAIT_TOO_LONG
    }

    static Decision retry(Duration delay) {
        return new Decision(Verdict.RETRY, delay, true);
    }

    static Decision giveUp(Verdict verdict, boolean passing) {
        return new Decision(verdict, Duration.ZERO, passing);
    }

    public boolean retries() {
        return verdict == Verdict.RETRY;
    }
}
