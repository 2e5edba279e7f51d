package io.pdgitops.review.gitlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.review.CheckComment;
import io.pdgitops.review.CheckStatus;
import io.pdgitops.review.MockHost;
import io.pdgitops.review.StatusState;
import io.pdgitops.webhook.ReviewedRepository;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GitLabReviewerTest {

    private static final String SHA = "da1560886d4f094c3e6c9ef40349f7d38b5d27d7";
    private static final ReviewedRepository PROJECT = new ReviewedRepository("14",
            "https://gitlab.example.com/ops/pd-config");

    private final MockHost host = new MockHost();
    private final GitLabReviewer reviewer = new GitLabReviewer(host.http("/api/v4",
            GitLabReviewer.headers(MockHost.TOKEN)), "pd-gitops/validate");

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void statusUsesGitLabsStatesAndName() {
        host.answer(201, "{}");

        reviewer.status(PROJECT, SHA, new CheckStatus(StatusState.ERROR, "check failed"));

        RecordedRequest request = host.take();
        assertThat(request.getTarget()).isEqualTo("/api/v4/projects/14/statuses/" + SHA);
        assertThat(request.getBody().utf8()).contains("\"state\":\"failed\"", "\"name\":\"pd-gitops/validate\"",
                "\"description\":\"check failed\"");
        assertThat(request.getHeaders().get("PRIVATE-TOKEN")).isEqualTo(MockHost.TOKEN);
    }

    @Test
    void aStatusAlreadyInThatStateIsNotAnError() {
        host.answer(400, "{\"message\":\"Cannot transition status via :enqueue from :pending\"}");
        host.answer(400, "{\"message\":{\"state\":[\"is invalid\"]}}");

        reviewer.status(PROJECT, SHA, CheckStatus.pending());

        assertThatThrownBy(() -> reviewer.status(PROJECT, SHA, CheckStatus.pending()))
                .hasMessageEndingWith("answered HTTP 400: {\"state\":[\"is invalid\"]}");
    }

    @Test
    void noteIsCreatedOnceThenEditedInPlace() {
        host.answer(200, "[{\"id\":5,\"body\":\"please check\"}]",
                "Link", "<" + host.url("/api/v4/projects/14/merge_requests/3/notes?page=2&per_page=100")
                        + ">; rel=\"next\"");
        host.answer(200, "[]");
        host.answer(201, "{\"id\":6}");
        reviewer.comment(PROJECT, 3, CheckComment.body("first"));

        host.answer(200, "[{\"id\":5,\"body\":\"please check\"},{\"id\":6,\"body\":\"" + CheckComment.MARKER
                + "\\nfirst\"}]");
        host.answer(200, "{\"id\":6}");
        reviewer.comment(PROJECT, 3, CheckComment.body("second"));

        assertThat(host.calls()).containsExactly(
                "GET /api/v4/projects/14/merge_requests/3/notes?per_page=100&sort=asc",
                "GET /api/v4/projects/14/merge_requests/3/notes?page=2&per_page=100",
                "POST /api/v4/projects/14/merge_requests/3/notes {\"body\":\"<!-- pd-gitops:check -->\\nfirst\"}",
                "GET /api/v4/projects/14/merge_requests/3/notes?per_page=100&sort=asc",
                "PUT /api/v4/projects/14/merge_requests/3/notes/6 {\"body\":\"<!-- pd-gitops:check -->\\nsecond\"}");
    }

    @Test
    void linksUseGitLabsBlobPages() {
        assertThat(reviewer.links(PROJECT, SHA, "pd").to("teams.yaml", 2))
                .contains("https://gitlab.example.com/ops/pd-config/-/blob/" + SHA + "/pd/teams.yaml#L2");
    }
}
