package io.pdgitops.http.retry;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Decides, for one failed attempt, whether to send the call again and after how long.
 *
 * <ul>
 *   <li>A rate limit (429, or a 403 that says so with {@code Retry-After} or {@code x-ratelimit-remaining: 0}, as
 *       Git hosts do) is retried for every method: the server refused the request, nothing happened.
 *   <li>A 408, a 5xx or a network failure is retried when the call is {@link Repeat#SAFE}; for a create only when
 *       no connection was made. Otherwise the create may have happened: {@link Decision.Verdict#OUTCOME_UNKNOWN}.
 *   <li>Any other status is a refusal of the request itself and is never retried.
 *   <li>The wait is the server's ({@code Retry-After} as given; {@code ratelimit-reset} plus jitter, for a rate
 *       limit only), else exponential backoff; a server wait beyond {@code maxServerWait} gives up instead.
 * </ul>
 *
 * @param maxRetries attempts after the first
 * @param clock for a {@code Retry-After} given as a date
 */
public record RetryPolicy(int maxRetries, Backoff backoff, Duration maxServerWait, Clock clock) {

    /** @param retry how many retries came before this attempt: 0 for the first attempt */
    public Decision decide(Outcome outcome, Repeat repeat, int retry) {
        Optional<ServerWait> given = outcome.answered()
                ? ServerWait.from(outcome.headers(), clock.instant())
                : Optional.empty();
        boolean rateLimited = rateLimited(outcome, given.filter(wait -> !wait.sharedReset()).isPresent());
        // PagerDuty sends ratelimit-reset on every answer: it says when the window resets, which is a wait only for
        // a rate-limited call. Retry-After is an instruction whatever the status.
        Optional<ServerWait> serverWait = rateLimited ? given : given.filter(wait -> !wait.sharedReset());
        boolean transientFailure = !outcome.answered() || outcome.status() == 408 || outcome.status() >= 500;
        boolean passing = rateLimited || transientFailure;
        if (!passing) {
            return Decision.giveUp(Decision.Verdict.REFUSED, false);
        }
        if (!rateLimited && repeat == Repeat.ONLY_IF_NEVER_SENT && !outcome.neverSent()) {
            return Decision.giveUp(Decision.Verdict.OUTCOME_UNKNOWN, true);
        }
        if (retry >= maxRetries) {
            return Decision.giveUp(Decision.Verdict.EXHAUSTED, true);
        }
        if (serverWait.isEmpty()) {
            return Decision.retry(backoff.beforeRetry(retry + 1));
        }
        ServerWait wait = serverWait.get();
        if (wait.length().compareTo(maxServerWait) > 0) {
            return Decision.giveUp(Decision.Verdict.WAIT_TOO_LONG, true);
        }
        return Decision.retry(wait.sharedReset() ? backoff.afterRateLimitReset(wait.length()) : wait.length());
    }

    private static boolean rateLimited(Outcome outcome, boolean serverSaidWait) {
        return outcome.status() == 429 || (outcome.status() == 403
                && (serverSaidWait || "0".equals(outcome.headers().get("x-ratelimit-remaining"))));
    }
}
