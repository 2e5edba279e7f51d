package io.pdgitops.review;

import io.pdgitops.check.CheckOutcome;
import io.pdgitops.check.CheckResult;
import io.pdgitops.http.retry.Backoff;
import io.pdgitops.http.retry.Sleeper;
import io.pdgitops.validate.Problem;
import io.pdgitops.validate.ProblemSource;
import io.pdgitops.webhook.GitProvider;
import io.pdgitops.webhook.WebhookDecision;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks a pull or merge request and reports on it: a pending status, then the check, then the final status and the
 * comment. Reporting failures are logged and retried, and never escape: the service lives on.
 */
public final class ChangeReporter {

    /** How often one report (a status, the comment) is tried when the host keeps failing. */
    static final int ATTEMPTS = 3;
    private static final System.Logger LOG = System.getLogger(ChangeReporter.class.getName());

    private final Map<GitProvider, Reviewer> reviewers;
    private final ChangeCheckRequest checks;
    private final String subPath;
    private final Duration timeout;
    private final Backoff backoff;
    private final Sleeper sleeper;

    /**
     * @param reviewers the hosts reported to; a change on another host is ignored
     * @param subPath the configuration folder in the repository, for file links
     * @param timeout how long a check may wait for the worker and run
     */
    public ChangeReporter(Map<GitProvider, Reviewer> reviewers, ChangeCheckRequest checks, String subPath,
            Duration timeout, Backoff backoff, Sleeper sleeper) {
        this.reviewers = Map.copyOf(reviewers);
        this.checks = checks;
        this.subPath = subPath;
        this.timeout = timeout;
        this.backoff = backoff;
        this.sleeper = sleeper;
    }

    /** Why a change is not checked, or empty when it is. */
    public Optional<String> whyIgnored(WebhookDecision.CheckChange change) {
        String what = describe(change);
        if (change.fromFork()) {
            return Optional.of(what + " comes from a fork: not checked, since its content is not the repository "
                    + "owners' to run against PagerDuty");
        }
        if (!reviewers.containsKey(change.provider())) {
            return Optional.of(what + " is not checked: no token is configured to report to "
                    + change.provider().pathName() + " (pd-gitops.review." + change.provider().pathName()
                    + ".token)");
        }
        return Optional.empty();
    }

    public static String describe(WebhookDecision.CheckChange change) {
        return (change.provider() == GitProvider.GITLAB ? "merge request !" : "pull request #") + change.number()
                + " of " + change.target().apiName();
    }

    /** Checks and reports; call only for changes {@link #whyIgnored} lets through. */
    public CheckResult report(WebhookDecision.CheckChange change) {
        Reviewer reviewer = reviewers.get(change.provider());
        String what = describe(change);
        deliver(what + ": pending status", () -> reviewer.status(change.target(), change.headSha(),
                CheckStatus.pending()));
        CheckResult result = check(change);
        CheckStatus status = CheckStatus.of(result);
        LOG.log(Level.INFO, "{0} at {1}: {2} ({3})", what, change.headSha(), result.outcome(),
                status.description());
        String body = CheckComment.body(new CheckMarkdown(reviewer.links(change.target(), change.headSha(), subPath))
                .render(result));
        deliver(what + ": status", () -> reviewer.status(change.target(), change.headSha(), status));
        deliver(what + ": comment", () -> reviewer.comment(change.target(), change.number(), body));
        return result;
    }

    private CheckResult check(WebhookDecision.CheckChange change) {
        try {
            return checks.check(change.fetchRef(), change.headSha()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(change, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return failed(change, cause.getMessage() == null ? cause.toString() : cause.getMessage());
        } catch (TimeoutException e) {
            return failed(change, "no result within " + timeout.toSeconds() + " s");
        }
    }

    private static CheckResult failed(WebhookDecision.CheckChange change, String reason) {
        return new CheckResult(change.fetchRef(), Optional.empty(), CheckOutcome.FAILED,
                List.of(Problem.from(ProblemSource.PLAN, reason)), Optional.empty(), 0);
    }

    /**
     * Each report is safe to repeat: a status is set again, and the comment is looked up by its marker first, so a
     * create that failed after it happened is edited, not duplicated.
     */
    private void deliver(String what, Runnable report) {
        for (int attempt = 1; ; attempt++) {
            try {
                report.run();
                return;
            } catch (ReviewException e) {
                boolean transientFailure = e.status() == 0 || e.status() == 429 || e.status() >= 500;
                if (!transientFailure || attempt >= ATTEMPTS) {
                    LOG.log(Level.WARNING, "{0} not reported: {1}", what, e.getMessage());
                    return;
                }
                LOG.log(Level.INFO, "{0} not reported ({1}): attempt {2} of {3}", what, e.getMessage(),
                        attempt + 1, ATTEMPTS);
                try {
                    sleeper.sleep(backoff.beforeRetry(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "{0} not reported: {1}", what, e.toString());
                return;
            }
        }
    }
}
