package io.pdgitops.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.service.ConfigRepoServer;
import io.pdgitops.service.Eventually;
import io.pdgitops.service.GitHubPush;
import io.pdgitops.webhook.SharedPayloads;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ConfigRepoProfile.class)
class ServiceApiTest {

    private static final String BEARER = "Bearer " + ConfigRepoServer.API_TOKEN;
    private static final String SANDBOX_AUTH = "Token token=any";

    @BeforeEach
    void startupSyncIsDone() {
        Eventually.await(Duration.ofSeconds(60), ServiceApiTest::status, s -> s.getString("phase").equals("Synced"));
    }

    @Test
    void statusNamesTheTrackedRepositoryAndTheAppliedRevision() {
        JsonPath status = status();

        assertThat(status.getString("repository")).isEqualTo(ConfigRepoServer.url());
        assertThat(status.getString("branch")).isEqualTo("main");
        assertThat(status.getString("path")).isEqualTo(ConfigRepoServer.SUB_PATH);
        assertThat(status.getString("pagerDuty")).isEqualTo("the built-in PagerDuty sandbox");
        assertThat(status.getString("lastAppliedRevision")).matches("[0-9a-f]{40}")
                .isEqualTo(status.getString("lastSeenRevision"));
        assertThat(status.getInt("objects")).isEqualTo(3);
        assertThat(status.getString("lastError")).isNull();
    }

    @Test
    void historyShowsTheStartupSyncWithItsStepsAndCommit() {
        List<Map<String, Object>> syncs = given().get("/api/v1/syncs").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Object> first = syncs.get(syncs.size() - 1);

        assertThat(first).containsEntry("id", 1).containsEntry("trigger", "STARTUP")
                .containsEntry("outcome", "SUCCEEDED")
                .containsEntry("message", "Add the payments configuration")
                .containsEntry("author", "Taro Yamada <taro@example.com>");
        assertThat((List<?>) first.get("steps")).hasSize(3);
        given().get("/api/v1/syncs/1").then().statusCode(200).body("revision", equalTo(first.get("revision")));
        given().get("/api/v1/syncs/9999").then().statusCode(404).body("error", equalTo("no sync 9999 in the history"));
    }

    @Test
    void manualSyncNeedsTheBearerTokenAndIsRecorded() {
        given().post("/api/v1/sync").then().statusCode(401)
                .body("error", equalTo("missing 'Authorization: Bearer <api token>'"));
        given().header("Authorization", "Bearer wrong").post("/api/v1/sync").then().statusCode(401)
                .body("error", equalTo("wrong API token"));

        long before = status().getLong("lastSyncId");

        given().header("Authorization", BEARER).post("/api/v1/sync").then().statusCode(202);

        JsonPath sync = Eventually.await(Duration.ofSeconds(30), ServiceApiTest::lastSync,
                last -> last.getLong("id") > before);
        assertThat(sync.getString("trigger")).isEqualTo("MANUAL");
        assertThat(sync.getString("outcome")).isEqualTo("NO_CHANGES");
    }

    @Test
    void driftFromAnEditInPagerDutyIsReportedAndASyncRevertsIt() {
        String id = given().header("Authorization", SANDBOX_AUTH).get("/sandbox/services?query=Payments API")
                .then().statusCode(200).extract().path("services[0].id");
        given().header("Authorization", SANDBOX_AUTH).contentType("application/json")
                .body("{\"service\":{\"description\":\"edited in the UI\"}}")
                .put("/sandbox/services/" + id).then().statusCode(200);

        given().get("/api/v1/drift?refresh=true").then().statusCode(401);
        JsonPath drift = given().header("Authorization", BEARER).get("/api/v1/drift?refresh=true").then()
                .statusCode(200).extract().jsonPath();
        assertThat(drift.getString("format")).isEqualTo("pd-gitops/drift/v1");
        assertThat(drift.getString("objects.find { it.name == 'Payments API' }.status")).isEqualTo("drifted");
        given().header("Accept", "text/markdown").get("/api/v1/drift").then().statusCode(200)
                .contentType(startsWith("text/markdown")).body(containsString("edited in the UI"));
        assertThat(status().getString("phase")).isEqualTo("OutOfSync");

        given().header("Authorization", BEARER).post("/api/v1/sync").then().statusCode(202);
        Eventually.await(Duration.ofSeconds(30), () -> given().header("Authorization", SANDBOX_AUTH)
                .get("/sandbox/services/" + id).then().extract().path("service.description"),
                "Card payment gateway"::equals);
    }

    @Test
    void queryValuesThatAreNotWhatTheParameterTakesAre400NamingIt() {
        given().get("/api/v1/syncs?limit=abc").then().statusCode(400).body("error", containsString("'limit'"));
        given().get("/api/v1/syncs?limit=0").then().statusCode(400).body("error", containsString("'limit'"));
        given().header("Authorization", BEARER).get("/api/v1/drift?refresh=maybe").then().statusCode(400)
                .body("error", containsString("'refresh'"));
        given().get("/api/v1/syncs?limit=1").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void webhookSecurityRefusesBeforeActing() {
        String head = status().getString("lastAppliedRevision");
        GitHubPush push = GitHubPush.of(ConfigRepoServer.url(), "main", head, ConfigRepoServer.GITHUB_SECRET);
        GitHubPush wronglySigned = GitHubPush.of(ConfigRepoServer.url(), "main", head, "not-the-secret");
        GitHubPush otherBranch = GitHubPush.of(ConfigRepoServer.url(), "feature", head,
                ConfigRepoServer.GITHUB_SECRET);

        given().headers(wronglySigned.headers()).body(wronglySigned.body()).post("/api/v1/webhooks/github")
                .then().statusCode(401).body("error", containsString("X-Hub-Signature-256 does not match the body"));
        given().contentType("application/json").body(push.body()).post("/api/v1/webhooks/github")
                .then().statusCode(400).body("error", equalTo("no X-GitHub-Event header"));
        given().headers(push.headers()).body(new byte[(int) ConfigRepoServer.MAX_BODY_BYTES + 1])
                .post("/api/v1/webhooks/github").then().statusCode(413).body("error", containsString("over the limit"));
        given().headers(otherBranch.headers()).body(otherBranch.body()).post("/api/v1/webhooks/github")
                .then().statusCode(202).body("decision", equalTo("ignored"))
                .body("reason", containsString("feature"));
        given().headers(push.headers()).body(push.body()).post("/api/v1/webhooks/gitlab")
                .then().statusCode(404).body("error", containsString("no secret"));
        given().headers(push.headers()).body(push.body()).post("/api/v1/webhooks/bitbucket")
                .then().statusCode(404);
        given().headers(push.headers()).body(push.body()).post("/api/v1/webhooks/github")
                .then().statusCode(202).body("decision", equalTo("sync")).body("revision", equalTo(head));
    }

    @Test
    void deliveriesWithoutASha256SignatureAre401EvenWithAValidSha1One() throws Exception {
        String head = status().getString("lastAppliedRevision");
        GitHubPush push = GitHubPush.of(ConfigRepoServer.url(), "main", head, ConfigRepoServer.GITHUB_SECRET);
        Mac sha1 = Mac.getInstance("HmacSHA1");
        sha1.init(new SecretKeySpec(ConfigRepoServer.GITHUB_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String sha1Signature = "sha1=" + HexFormat.of().formatHex(sha1.doFinal(push.body()));

        given().header("X-GitHub-Event", "push").contentType("application/json").body(push.body())
                .post("/api/v1/webhooks/github").then().statusCode(401);
        given().header("X-GitHub-Event", "push").header("X-Hub-Signature", sha1Signature)
                .contentType("application/json").body(push.body())
                .post("/api/v1/webhooks/github").then().statusCode(401);
    }

    @Test
    void signedPushesOfATagOrAnotherRepositoryAreIgnored() {
        String head = status().getString("lastAppliedRevision");
        GitHubPush tag = GitHubPush.ofRef(ConfigRepoServer.url(), "refs/tags/v1", head, ConfigRepoServer.GITHUB_SECRET);
        GitHubPush otherRepository = GitHubPush.of("https://github.com/someone/else.git", "main", head,
                ConfigRepoServer.GITHUB_SECRET);

        for (GitHubPush push : List.of(tag, otherRepository)) {
            given().headers(push.headers()).body(push.body()).post("/api/v1/webhooks/github")
                    .then().statusCode(202).body("decision", equalTo("ignored"));
        }
        assertThat(status().getString("lastAppliedRevision")).isEqualTo(head);
    }

    @Test
    void aReplayedDeliveryWritesNothingToPagerDuty() {
        String head = status().getString("lastAppliedRevision");
        GitHubPush captured = GitHubPush.of(ConfigRepoServer.url(), "main", head, ConfigRepoServer.GITHUB_SECRET);
        long writesBefore = pagerDutyWrites();
        assertThat(writesBefore).as("the start-up sync's writes, counted").isPositive();
        long lastSyncBefore = status().getLong("lastSyncId");

        for (int replay = 0; replay < 3; replay++) {
            given().headers(captured.headers()).body(captured.body()).post("/api/v1/webhooks/github")
                    .then().statusCode(202);
            Eventually.await(Duration.ofSeconds(60), ServiceApiTest::status,
                    s -> s.getString("phase").equals("Synced"));
        }

        assertThat(pagerDutyWrites()).isEqualTo(writesBefore);
        assertThat(status().getString("lastAppliedRevision")).isEqualTo(head);
        List<Map<String, Object>> since = given().get("/api/v1/syncs?limit=500").then().extract().jsonPath()
                .getList("findAll { it.id > " + lastSyncBefore + " }");
        assertThat(since).allSatisfy(sync -> assertThat(sync.get("outcome")).isEqualTo("NO_CHANGES"));
    }

    @Test
    void formEncodedGitHubDeliveryIsReadFromItsPayloadField() {
        String head = status().getString("lastAppliedRevision");
        GitHubPush json = GitHubPush.of(ConfigRepoServer.url(), "main", head, ConfigRepoServer.GITHUB_SECRET);
        byte[] form = SharedPayloads.formEncoded(json.body());

        given().header("X-GitHub-Event", "push")
                .header("X-Hub-Signature-256", "sha256=" + SharedPayloads.hmacHex(ConfigRepoServer.GITHUB_SECRET, form))
                .contentType("application/x-www-form-urlencoded").body(new String(form, StandardCharsets.US_ASCII))
                .post("/api/v1/webhooks/github")
                .then().statusCode(202).body("decision", equalTo("sync")).body("revision", equalTo(head));
    }

    @Test
    void healthMetricsAndOpenApiDescribeTheService() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("pd_gitops_syncs_total\\{outcome=\"succeeded\"} [1-9]")
                .contains("pd_gitops_pagerduty_calls_total{method=\"POST\",status=\"201\"}")
                .contains("pd_gitops_sync_duration_seconds_count");
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/status'.get.summary", equalTo("Where the tracked branch and PagerDuty stand"))
                .body("paths.'/api/v1/webhooks/{provider}'.post", org.hamcrest.Matchers.notNullValue());
    }

    /** PagerDuty calls other than reads, as the service's metrics count them. */
    private static long pagerDutyWrites() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("pd_gitops_pagerduty_calls_total{")
                        && !line.contains("method=\"GET\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static JsonPath status() {
        return given().get("/api/v1/status").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath lastSync() {
        return new JsonPath(given().get("/api/v1/syncs?limit=1").then().statusCode(200).extract().asString())
                .setRootPath("[0]");
    }
}
