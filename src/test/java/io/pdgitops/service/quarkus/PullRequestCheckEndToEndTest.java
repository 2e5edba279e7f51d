package io.pdgitops.service.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.review.CheckComment;
import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.service.ConfigRepoServer;
import io.pdgitops.service.Eventually;
import io.pdgitops.service.FakeGitHub;
import io.pdgitops.service.GitHubPullRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A pull request pushed to a real git daemon, its webhook delivered, and the check reported to a fake GitHub: a
 * status and one comment, updated on the next push; the sandbox and the applied revision never change.
 */
@QuarkusTest
@TestProfile(ConfigRepoProfile.WithFakeGitHub.class)
class PullRequestCheckEndToEndTest {

    private static final String SANDBOX_AUTH = "Token token=any";

    @BeforeEach
    void startupSyncIsDone() {
        Eventually.await(Duration.ofSeconds(60), PullRequestCheckEndToEndTest::status,
                s -> s.getString("phase").equals("Synced"));
    }

    @Test
    void pullRequestGetsPlanThenErrorsInOneCommentAndNothingIsApplied() {
        String applied = status().getString("lastAppliedRevision");
        String head = ConfigRepoServer.pushPullRequest("billing", 1, "services/billing.yaml",
                service("Billing API", "4h"), "Add the billing service");

        JsonPath answer = deliver(GitHubPullRequest.of("opened", 1, head, "main", false,
                ConfigRepoServer.GITHUB_SECRET));

        assertThat(answer.getString("decision")).isEqualTo("check");
        List<String> statuses = Eventually.await(Duration.ofSeconds(30), () -> FakeGitHub.statuses(head),
                s -> s.size() == 2);
        assertThat(statuses).containsExactly("pending: validating and planning against PagerDuty",
                "success: 1 to create, 0 to update, 0 to delete");
        String comment = Eventually.await(Duration.ofSeconds(10), FakeGitHub::comments, c -> c.size() == 1).get(0);
        assertThat(comment).startsWith(CheckComment.MARKER)
                .contains("### pd-gitops: ✅ valid; 1 to create, 0 to update, 0 to delete",
                        "| create | Service `Billing API` |", "+ auto_resolve_timeout: 4h",
                        "by Taro Yamada &lt;taro@example.com&gt;: Add the billing service");
        assertThat(sandboxServices("Billing API")).isEmpty();

        String broken = ConfigRepoServer.pushPullRequest("billing", 1, "services/billing.yaml",
                service("Billing API", "soon"), "Use a friendlier timeout");
        deliver(GitHubPullRequest.of("synchronize", 1, broken, "main", false, ConfigRepoServer.GITHUB_SECRET));

        assertThat(Eventually.await(Duration.ofSeconds(30), () -> FakeGitHub.statuses(broken), s -> s.size() == 2))
                .containsExactly("pending: validating and planning against PagerDuty", "failure: 1 error");
        List<String> comments = Eventually.await(Duration.ofSeconds(10), FakeGitHub::comments,
                c -> c.get(0).contains("1 error"));
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0)).contains("- [`services/billing.yaml:5`](" + FakeGitHub.WEB_URL + "/blob/"
                + broken + "/pd/services/billing.yaml#L5): `auto_resolve_timeout`");
        assertThat(FakeGitHub.calls()).filteredOn(call -> call.contains("/comments"))
                .containsExactly("GET /api/v3/repos/acme/pd-config/issues/1/comments",
                        "POST /api/v3/repos/acme/pd-config/issues/1/comments",
                        "GET /api/v3/repos/acme/pd-config/issues/1/comments",
                        "PATCH /api/v3/repos/acme/pd-config/issues/comments/100");
        assertThat(sandboxServices("Billing API")).isEmpty();
        assertThat(status().getString("lastAppliedRevision")).isEqualTo(applied);
    }

    @Test
    void forkedPullRequestsAndOtherBaseBranchesAreIgnoredWithTheReason() {
        String head = ConfigRepoServer.pushPullRequest("fork", 2, "services/fork.yaml", service("Fork API", "1h"),
                "From a fork");

        JsonPath fork = deliver(GitHubPullRequest.of("opened", 2, head, "main", true,
                ConfigRepoServer.GITHUB_SECRET));
        JsonPath otherBase = deliver(GitHubPullRequest.of("opened", 2, head, "release", false,
                ConfigRepoServer.GITHUB_SECRET));

        assertThat(fork.getString("decision")).isEqualTo("ignored");
        assertThat(fork.getString("reason")).startsWith("pull request #2 of acme/pd-config comes from a fork");
        assertThat(otherBase.getString("decision")).isEqualTo("ignored");
        assertThat(otherBase.getString("reason")).isEqualTo("pull request 2 targets 'release'; only 'main' is tracked");
        assertThat(FakeGitHub.statuses(head)).isEmpty();
    }

    @Test
    void validateEndpointChecksABranchAsJsonOrMarkdown() {
        String head = ConfigRepoServer.pushPullRequest("oncall", 3, "services/oncall.yaml",
                service("Oncall API", "2h"), "Add the on-call service");

        JsonPath json = given().header("Authorization", "Bearer " + ConfigRepoServer.API_TOKEN)
                .contentType("application/json").body("{\"ref\": \"oncall\"}")
                .post("/api/v1/validate").then().statusCode(200).extract().jsonPath();
        String markdown = given().header("Authorization", "Bearer " + ConfigRepoServer.API_TOKEN)
                .accept("text/markdown").contentType("application/json").body("{\"commit\": \"" + head + "\"}")
                .post("/api/v1/validate").then().statusCode(200).extract().asString();

        assertThat(json.getString("format")).isEqualTo("pd-gitops/check/v1");
        assertThat(json.getString("requested")).isEqualTo("refs/heads/oncall");
        assertThat(json.getString("commit")).isEqualTo(head);
        assertThat(json.getString("outcome")).isEqualTo("CHANGES");
        assertThat(json.getBoolean("valid")).isTrue();
        assertThat(json.getInt("summary.create")).isEqualTo(1);
        assertThat(json.getString("plan.format")).isEqualTo("pd-gitops/plan/v1");
        assertThat(markdown).startsWith("### pd-gitops: ✅ valid; 1 to create").contains("Service `Oncall API`");
        assertThat(sandboxServices("Oncall API")).isEmpty();

        given().contentType("application/json").body("{\"ref\": \"oncall\"}").post("/api/v1/validate")
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + ConfigRepoServer.API_TOKEN).contentType("application/json")
                .body("{\"ref\": \"oncall\", \"commit\": \"" + head + "\"}").post("/api/v1/validate")
                .then().statusCode(400);
    }

    private static String service(String name, String autoResolve) {
        return "kind: Service\nname: " + name + "\ndescription: Proposed\nescalation_policy: Payments Primary\n"
                + "auto_resolve_timeout: " + autoResolve + "\n";
    }

    private static JsonPath deliver(GitHubPullRequest delivery) {
        return given().headers(delivery.headers()).body(delivery.body()).post("/api/v1/webhooks/github")
                .then().statusCode(202).extract().jsonPath();
    }

    private static JsonPath status() {
        return given().get("/api/v1/status").then().statusCode(200).extract().jsonPath();
    }

    private static List<Object> sandboxServices(String name) {
        return given().header("Authorization", SANDBOX_AUTH).queryParam("query", name).get("/sandbox/services")
                .then().statusCode(200).extract().jsonPath().getList("services");
    }
}
