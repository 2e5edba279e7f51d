package io.pdgitops.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.check.CheckOutcome;
import io.pdgitops.check.CheckResult;
import io.pdgitops.http.retry.Backoff;
import io.pdgitops.review.github.GitHubReviewer;
import io.pdgitops.webhook.GitProvider;
import io.pdgitops.webhook.ReviewedRepository;
import io.pdgitops.webhook.WebhookDecision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChangeReporterTest {

    private static final ReviewedRepository REPO = new ReviewedRepository("acme/pd", "https://github.com/acme/pd");
    private static final WebhookDecision.CheckChange CHANGE = new WebhookDecision.CheckChange(GitProvider.GITHUB, 7,
            SampleChecks.SHA, "refs/pull/7/head", false, REPO, Optional.of("d-1"));

    private final MockHost host = new MockHost();
    private final List<String> checked = new ArrayList<>();
    private final List<Duration> reportWaits = new ArrayList<>();

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void pendingThenTheCheckThenTheFinalStatusAndTheComment() {
        answerAReportWithANewComment();

        CheckResult result = reporter(SampleChecks.invalid()).report(CHANGE);

        assertThat(result.outcome()).isEqualTo(CheckOutcome.INVALID);
        assertThat(checked).containsExactly("refs/pull/7/head@" + SampleChecks.SHA);
        List<String> calls = host.calls();
        assertThat(calls).hasSize(4);
        assertThat(calls.get(0)).isEqualTo("POST /repos/acme/pd/statuses/" + SampleChecks.SHA
                + " {\"state\":\"pending\",\"description\":\"validating and planning against PagerDuty\","
                + "\"context\":\"pd-gitops/validate\"}");
        assertThat(calls.get(1)).isEqualTo("POST /repos/acme/pd/statuses/" + SampleChecks.SHA
                + " {\"state\":\"failure\",\"description\":\"2 errors\",\"context\":\"pd-gitops/validate\"}");
        assertThat(calls.get(2)).isEqualTo("GET /repos/acme/pd/issues/7/comments?per_page=100");
        assertThat(calls.get(3)).startsWith("POST /repos/acme/pd/issues/7/comments {\"body\":\"<!-- pd-gitops:check")
                .contains("2 errors; nothing would be applied",
                        "(https://github.com/acme/pd/blob/" + SampleChecks.SHA + "/pd/services/payments.yaml#L5)",
                        "schedules/ops%20day.yaml#L12");
    }

    @Test
    void aCommentCreateThatFailedAfterItHappenedIsEditedNotRepeated() {
        answerBothStatusesAndNoComment();
        host.answer(502, "{\"message\":\"upstream timeout\"}");
        host.answer(200, "[{\"id\":11,\"body\":\"" + CheckComment.MARKER + "\\nfirst try\"}]");
        host.answer(200, "{}");

        reporter(SampleChecks.changes()).report(CHANGE);

        assertThat(host.calls()).extracting(call -> call.split(" ")[0] + " " + call.split(" ")[1]).containsExactly(
                "POST /repos/acme/pd/statuses/" + SampleChecks.SHA,
                "POST /repos/acme/pd/statuses/" + SampleChecks.SHA,
                "GET /repos/acme/pd/issues/7/comments?per_page=100",
                "POST /repos/acme/pd/issues/7/comments",
                "GET /repos/acme/pd/issues/7/comments?per_page=100",
                "PATCH /repos/acme/pd/issues/comments/11");
        assertThat(reportWaits).hasSize(1);
    }

    @Test
    void aHostThatRefusesIsLoggedAndTheRestIsStillReported() {
        host.answer(401, "{\"message\":\"Bad credentials\"}");
        host.answer(401, "{\"message\":\"Bad credentials\"}");
        host.answer(401, "{\"message\":\"Bad credentials\"}");

        CheckResult result = reporter(SampleChecks.changes()).report(CHANGE);

        assertThat(result.outcome()).isEqualTo(CheckOutcome.CHANGES);
        assertThat(host.calls()).hasSize(3);
        assertThat(reportWaits).isEmpty();
    }

    @Test
    void aCheckThatFailsIsReportedAsAnError() {
        answerAReportWithANewComment();
        ChangeReporter reporter = new ChangeReporter(Map.of(GitProvider.GITHUB, github()),
                (ref, commit) -> CompletableFuture.failedFuture(new IllegalStateException("worker stopped")), "pd",
                Duration.ofSeconds(5), backoff(), reportWaits::add);

        CheckResult result = reporter.report(CHANGE);

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAILED);
        assertThat(host.calls().get(1)).contains("\"state\":\"error\"",
                "\"description\":\"check failed: plan: worker stopped\"");
    }

    @Test
    void forksAndHostsWithoutATokenAreIgnoredWithTheReason() {
        ChangeReporter reporter = reporter(SampleChecks.changes());
        WebhookDecision.CheckChange fork = new WebhookDecision.CheckChange(GitProvider.GITHUB, 8, SampleChecks.SHA,
                "refs/pull/8/head", true, REPO, Optional.empty());
        WebhookDecision.CheckChange gitlab = new WebhookDecision.CheckChange(GitProvider.GITLAB, 3, SampleChecks.SHA,
                "refs/merge-requests/3/head", false, new ReviewedRepository("14", ""), Optional.empty());

        assertThat(reporter.whyIgnored(CHANGE)).isEmpty();
        assertThat(reporter.whyIgnored(fork)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("pull request #8 of acme/pd comes from a fork: not checked"));
        assertThat(reporter.whyIgnored(gitlab)).contains("merge request !3 of 14 is not checked: no token is "
                + "configured to report to gitlab (pd-gitops.review.gitlab.token)");
    }

    /** Pending and final status, then a first page without our comment. */
    private void answerBothStatusesAndNoComment() {
        host.answer(201, "{}");
        host.answer(201, "{}");
        host.answer(200, "[]");
    }

    private void answerAReportWithANewComment() {
        answerBothStatusesAndNoComment();
        host.answer(201, "{}");
    }

    private ChangeReporter reporter(CheckResult result) {
        return new ChangeReporter(Map.of(GitProvider.GITHUB, github()), (ref, commit) -> {
            checked.add(ref + "@" + commit);
            return CompletableFuture.completedFuture(result);
        }, "pd", Duration.ofSeconds(5), backoff(), reportWaits::add);
    }

    private GitHubReviewer github() {
        return new GitHubReviewer(host.http("/", GitHubReviewer.headers(MockHost.TOKEN)), CheckStatus.DEFAULT_CONTEXT,
                GitHubReviewer.Pages.GITHUB);
    }

    private static Backoff backoff() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30), new Random(1));
    }
}
