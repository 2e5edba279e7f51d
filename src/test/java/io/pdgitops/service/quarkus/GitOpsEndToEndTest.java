package io.pdgitops.service.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.service.ConfigRepoServer;
import io.pdgitops.service.Eventually;
import io.pdgitops.service.GitHubPush;
import io.pdgitops.webhook.SharedPayloads;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** git push -> webhook -> sync into the served sandbox, with a real git daemon in between. */
@QuarkusTest
@TestProfile(ConfigRepoProfile.Fresh.class)
class GitOpsEndToEndTest {

    private static final String SANDBOX_AUTH = "Token token=any";
    private static final int DELIVERIES = 200;
    private static final int SENDERS = 4;
    private static final int PUSHES = 10;
    private static final Duration DELIVERY_SPACING = Duration.ofMillis(20);
    private static final Duration PUSH_SPACING = Duration.ofMillis(300);

    @TestHTTPResource("/api/v1/webhooks/github")
    URL githubWebhook;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startupSyncIsDone() {
        SharedPayloads.assumePresent();
        Eventually.await(Duration.ofSeconds(60), GitOpsEndToEndTest::status,
                s -> s.getString("phase").equals("Synced"));
    }

    @Test
    void pushedServiceAppearsInvalidPushChangesNothingAndAFixSyncs() {
        String added = ConfigRepoServer.push("services/billing.yaml", service("Billing API", "Invoices", "4h"),
                "Add the billing service");
        deliver(added);
        Eventually.await(Duration.ofSeconds(2), () -> sandboxService("Billing API"), found -> !found.isEmpty());
        Eventually.await(Duration.ofSeconds(5), GitOpsEndToEndTest::status,
                s -> added.equals(s.getString("lastAppliedRevision")) && s.getString("phase").equals("Synced"));

        String broken = ConfigRepoServer.push("services/broken.yaml", service("Broken API", "Half done", "soon"),
                "Add a service with a typo");
        deliver(broken);
        JsonPath invalid = Eventually.await(Duration.ofSeconds(10), GitOpsEndToEndTest::status,
                s -> s.getString("phase").equals("Invalid"));
        assertThat(invalid.getString("lastSeenRevision")).isEqualTo(broken);
        assertThat(invalid.getString("lastAppliedRevision")).isEqualTo(added);
        assertThat(invalid.getString("lastError")).startsWith("services/broken.yaml:5: `auto_resolve_timeout`");
        assertThat(sandboxService("Broken API")).isEmpty();
        Map<String, Object> record = given().get("/api/v1/syncs?limit=1").then().extract().jsonPath().getMap("[0]");
        assertThat(record).containsEntry("outcome", "INVALID_CONFIG").containsEntry("revision", broken);
        assertThat((List<?>) record.get("errors")).hasSize(1);

        String fixed = ConfigRepoServer.push("services/broken.yaml", service("Broken API", "Done", "1h"),
                "Fix the timeout");
        deliver(fixed);
        Eventually.await(Duration.ofSeconds(10), GitOpsEndToEndTest::status,
                s -> fixed.equals(s.getString("lastAppliedRevision")) && s.getString("phase").equals("Synced"));
        assertThat(sandboxService("Broken API")).containsEntry("description", "Done")
                .containsEntry("auto_resolve_timeout", 3600);
    }

    @Test
    void withSelfHealADriftCheckRevertsAnEditMadeInPagerDuty() {
        String healing = ConfigRepoServer.push("pd-gitops.yaml", "exclude: [sandbox-seed.yaml]\n"
                + "sync: {prune: true, self_heal: true, max_deletions: 1}\n", "Revert edits made in PagerDuty");
        deliver(healing);
        Eventually.await(Duration.ofSeconds(30), GitOpsEndToEndTest::status,
                s -> healing.equals(s.getString("lastAppliedRevision")) && s.getString("phase").equals("Synced"));
        long syncsBefore = lastSyncId();
        String id = given().header("Authorization", SANDBOX_AUTH).get("/sandbox/services?query=Payments API")
                .then().statusCode(200).extract().path("services[0].id");
        given().header("Authorization", SANDBOX_AUTH).contentType("application/json")
                .body("{\"service\":{\"description\":\"edited in the UI\"}}")
                .put("/sandbox/services/" + id).then().statusCode(200);

        given().header("Authorization", "Bearer " + ConfigRepoServer.API_TOKEN).get("/api/v1/drift?refresh=true")
                .then().statusCode(200)
                .body("objects.find { it.name == 'Payments API' }.status", equalTo("drifted"));

        Eventually.await(Duration.ofSeconds(30), () -> sandboxService("Payments API").get("description"),
                "Card payment gateway"::equals);
        Map<String, Object> healed = Eventually.await(Duration.ofSeconds(30),
                () -> given().get("/api/v1/syncs?limit=1").then().extract().jsonPath().getMap("[0]"),
                last -> ((Number) last.get("id")).longValue() > syncsBefore && last.get("outcome") != null);
        assertThat(healed).containsEntry("trigger", "DRIFT_CHECK").containsEntry("outcome", "SUCCEEDED")
                .containsEntry("revision", healing);
    }

    /**
     * The load the service must take: 200 signed deliveries within about five seconds from several senders at once,
     * while a commit is pushed every few hundred milliseconds; the last delivery names the last commit.
     */
    @Test
    void twoHundredDeliveriesDuringPushesCoalesceWithoutErrorsAndApplyTheLastPush() throws Exception {
        long syncsBefore = lastSyncId();
        AtomicReference<String> head = new AtomicReference<>(pushBurst(0));
        ExecutorService pusher = Executors.newSingleThreadExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        List<Integer> answers = new ArrayList<>();
        String last;
        try {
            Future<String> pushed = pusher.submit(() -> {
                for (int i = 1; i < PUSHES; i++) {
                    Thread.sleep(PUSH_SPACING.toMillis());
                    head.set(pushBurst(i));
                }
                return head.get();
            });
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < DELIVERIES - 1; i++) {
                sent.add(senders.submit(() -> deliverConcurrently(head.get())));
                Thread.sleep(DELIVERY_SPACING.toMillis());
            }
            last = pushed.get(60, TimeUnit.SECONDS);
            for (Future<Integer> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            answers.add(deliverConcurrently(last));
        } finally {
            pusher.shutdownNow();
            senders.shutdownNow();
        }

        assertThat(answers).hasSize(DELIVERIES).allSatisfy(status -> assertThat(status).isBetween(200, 299));
        Eventually.await(Duration.ofSeconds(60), GitOpsEndToEndTest::status,
                s -> last.equals(s.getString("lastAppliedRevision")) && s.getString("phase").equals("Synced"));
        List<Map<String, Object>> syncs = given().get("/api/v1/syncs?limit=500").then().extract().jsonPath()
                .getList("findAll { it.id > " + syncsBefore + " }");
        assertThat(syncs).hasSizeBetween(1, 20)
                .allSatisfy(sync -> assertThat(sync.get("outcome")).isIn("SUCCEEDED", "NO_CHANGES"));
        assertThat(sandboxService("Burst API")).containsEntry("description", "revision " + (PUSHES - 1));
    }

    private static String pushBurst(int revision) {
        return ConfigRepoServer.push("services/burst.yaml", service("Burst API", "revision " + revision, "4h"),
                "Burst " + revision);
    }

    /** Over a client of its own, which several threads may share. */
    private int deliverConcurrently(String revision) throws IOException, InterruptedException, URISyntaxException {
        GitHubPush push = GitHubPush.of(ConfigRepoServer.url(), "main", revision, ConfigRepoServer.GITHUB_SECRET);
        HttpRequest.Builder request = HttpRequest.newBuilder(githubWebhook.toURI())
                .POST(HttpRequest.BodyPublishers.ofByteArray(push.body()));
        push.headers().forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String service(String name, String description, String autoResolve) {
        return "kind: Service\nname: " + name + "\ndescription: " + description
                + "\nescalation_policy: Payments Primary\nauto_resolve_timeout: " + autoResolve + "\n";
    }

    private static void deliver(String revision) {
        GitHubPush push = GitHubPush.of(ConfigRepoServer.url(), "main", revision, ConfigRepoServer.GITHUB_SECRET);
        given().headers(push.headers()).body(push.body()).post("/api/v1/webhooks/github")
                .then().statusCode(202);
    }

    private static JsonPath status() {
        return given().get("/api/v1/status").then().statusCode(200).extract().jsonPath();
    }

    private static long lastSyncId() {
        return status().getLong("lastSyncId");
    }

    /** The service as the sandbox serves it over HTTP, or an empty map. */
    private static Map<String, Object> sandboxService(String name) {
        List<Map<String, Object>> services = given().header("Authorization", SANDBOX_AUTH)
                .queryParam("query", name).get("/sandbox/services").then().statusCode(200)
                .extract().jsonPath().getList("services");
        return services.stream().filter(s -> name.equals(s.get("name"))).findFirst().orElse(Map.of());
    }
}
