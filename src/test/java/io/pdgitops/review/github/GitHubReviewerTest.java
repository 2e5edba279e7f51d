package io.pdgitops.review.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.review.CheckComment;
import io.pdgitops.review.CheckStatus;
import io.pdgitops.review.MockHost;
import io.pdgitops.review.ReviewException;
import io.pdgitops.review.ReviewHttp;
import io.pdgitops.review.StatusState;
import io.pdgitops.webhook.ReviewedRepository;
import java.time.Duration;
import java.util.Arrays;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GitHubReviewerTest {

    private static final String SHA = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
    private static final ReviewedRepository REPO = new ReviewedRepository("acme/pd-config",
            "https://github.example.com/acme/pd-config");

    private final MockHost host = new MockHost();
    private final GitHubReviewer reviewer = new GitHubReviewer(host.http("/api/v3", GitHubReviewer.headers(
            MockHost.TOKEN)), "pd-gitops/validate", GitHubReviewer.Pages.GITHUB);

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void statusIsPostedForTheCommitUnderTheContextWithTheToken() {
        host.answer(201, "{}");

        reviewer.status(REPO, SHA, new CheckStatus(StatusState.FAILURE, "2 errors"));

        RecordedRequest request = host.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/v3/repos/acme/pd-config/statuses/" + SHA);
        assertThat(request.getBody().utf8()).contains("\"state\":\"failure\"", "\"description\":\"2 errors\"",
                "\"context\":\"pd-gitops/validate\"");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("token " + MockHost.TOKEN);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/vnd.github+json");
    }

    @Test
    void commentIsCreatedAfterReadingEveryPageWithoutTheMarker() {
        host.answer(200, "[{\"id\":1,\"body\":\"LGTM\"}]",
                "Link", "<" + host.url("/api/v3/repositories/9/issues/7/comments?per_page=100&page=2")
                        + ">; rel=\"next\", <" + host.url("/x?page=2") + ">; rel=\"last\"");
        host.answer(200, "[{\"id\":2,\"body\":\"mentions " + CheckComment.MARKER.replace("<", "\\u003c")
                + " in the middle\"}]");
        host.answer(201, "{\"id\":3}");

        reviewer.comment(REPO, 7, CheckComment.body("the plan"));

        assertThat(host.calls()).containsExactly(
                "GET /api/v3/repos/acme/pd-config/issues/7/comments?per_page=100",
                "GET /api/v3/repositories/9/issues/7/comments?per_page=100&page=2",
                "POST /api/v3/repos/acme/pd-config/issues/7/comments {\"body\":\"<!-- pd-gitops:check -->\\nthe plan\"}");
    }

    @Test
    void commentWithTheMarkerOnALaterPageIsEditedInPlace() {
        host.answer(200, "[{\"id\":1,\"body\":\"LGTM\"}]",
                "Link", "<" + host.url("/api/v3/repos/acme/pd-config/issues/7/comments?per_page=100&page=2")
                        + ">; rel=\"next\"");
        host.answer(200, "[{\"id\":42,\"body\":\"" + CheckComment.MARKER + "\\nold plan\"}]");
        host.answer(200, "{\"id\":42}");

        reviewer.comment(REPO, 7, CheckComment.body("new plan"));

        assertThat(host.calls()).containsExactly(
                "GET /api/v3/repos/acme/pd-config/issues/7/comments?per_page=100",
                "GET /api/v3/repos/acme/pd-config/issues/7/comments?per_page=100&page=2",
                "PATCH /api/v3/repos/acme/pd-config/issues/comments/42 "
                        + "{\"body\":\"<!-- pd-gitops:check -->\\nnew plan\"}");
    }

    @Test
    void serverErrorsAndRateLimitsAreRetriedAfterTheirWait() {
        host.answer(502, "bad gateway");
        host.answer(429, "{\"message\":\"slow down\"}", "Retry-After", "3");
        host.answer(403, "{\"message\":\"API rate limit exceeded\"}", "x-ratelimit-remaining", "0");
        host.answer(201, "{}");

        reviewer.status(REPO, SHA, CheckStatus.pending());

        assertThat(host.calls()).hasSize(4).allMatch(call -> call.startsWith("POST /api/v3/repos/acme/pd-config/"
                + "statuses/" + SHA + " {\"state\":\"pending\""));
        assertThat(host.waits).hasSize(3);
        assertThat(host.waits.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(host.waits.get(1)).isEqualTo(Duration.ofSeconds(3));
        assertThat(host.waits.get(2)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aCreateThatMayHaveHappenedIsNotRepeatedAndTheErrorNamesNoToken() {
        host.answer(200, "[]");
        host.answer(502, "{\"message\":\"upstream\"}");

        assertThatThrownBy(() -> reviewer.comment(REPO, 7, "body"))
                .isInstanceOf(ReviewException.class)
                .hasMessage("POST /api/v3/repos/acme/pd-config/issues/7/comments answered HTTP 502: upstream")
                .satisfies(e -> assertThat(((ReviewException) e).status()).isEqualTo(502));
        assertThat(host.calls()).hasSize(2);
        assertThat(host.waits).isEmpty();
    }

    @Test
    void refusalsAreNotRetriedAndRetriesEnd() {
        host.answer(404, "{\"message\":\"Not Found\"}");

        assertThatThrownBy(() -> reviewer.status(REPO, SHA, CheckStatus.pending()))
                .hasMessageEndingWith("answered HTTP 404: Not Found");
        assertThat(host.calls()).hasSize(1);

        for (int i = 0; i < 4; i++) {
            host.answer(503, "");
        }
        assertThatThrownBy(() -> reviewer.status(REPO, SHA, CheckStatus.pending()))
                .hasMessageEndingWith("answered HTTP 503");
        assertThat(host.calls()).hasSize(4);
    }

    @Test
    void aNextPageOnAnotherHostIsNotFollowed() {
        host.answer(200, "[{\"id\":1,\"body\":\"LGTM\"}]",
                "Link", "<https://elsewhere.example.com/steal?page=2>; rel=\"next\"");
        host.answer(201, "{}");

        reviewer.comment(REPO, 7, "body");

        assertThat(host.calls()).extracting(call -> String.join(" ", Arrays.copyOf(call.split(" "), 2)))
                .containsExactly("GET /api/v3/repos/acme/pd-config/issues/7/comments?per_page=100",
                        "POST /api/v3/repos/acme/pd-config/issues/7/comments");
    }

    @Test
    void theTokenIsNotInTheClientsSettingsText() {
        ReviewHttp.Settings settings = new ReviewHttp.Settings(host.server.url("/"),
                GitHubReviewer.headers(MockHost.TOKEN), 1, null, null);

        assertThat(settings.toString()).doesNotContain(MockHost.TOKEN).contains("maxRetries=1");
    }

    @Test
    void linksPointAtTheFileAtTheCommit() {
        assertThat(reviewer.links(REPO, SHA, "pd").to("teams.yaml", 4)).contains(
                "https://github.example.com/acme/pd-config/blob/" + SHA + "/pd/teams.yaml#L4");
        GitHubReviewer gitea = new GitHubReviewer(host.http("/api/v1", GitHubReviewer.headers("t")), "c",
                GitHubReviewer.Pages.GITEA);
        assertThat(gitea.links(REPO, SHA, ".").to("teams.yaml", 4)).contains(
                "https://github.example.com/acme/pd-config/src/commit/" + SHA + "/teams.yaml#L4");
    }
}
