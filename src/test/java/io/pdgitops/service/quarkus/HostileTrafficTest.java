package io.pdgitops.service.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.service.ConfigRepoServer;
import io.pdgitops.service.Eventually;
import io.pdgitops.service.GitHubPush;
import io.pdgitops.service.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Loopback traffic of someone who can reach the port but knows no secret: bodies far over the limit, bodies at the
 * limit in parallel, and a thousand forged deliveries. Each is refused from what the service can judge cheaply, and
 * the service keeps answering and syncing.
 */
@QuarkusTest
@TestProfile(ConfigRepoProfile.FewLargeBodySlots.class)
class HostileTrafficTest {

    private static final String WEBHOOK = "/api/v1/webhooks/github";
    private static final String VALIDATE = "/api/v1/validate";
    private static final long THIRTY_MB = 30L * 1024 * 1024;
    private static final int OVERSIZED_SENDERS = 50;
    private static final int FORGED_DELIVERIES = 1000;
    private static final int TIMEOUT_MILLIS = 30_000;

    @TestHTTPResource("/")
    URL base;

    @Inject
    ServiceConfig config;

    @BeforeEach
    void startupSyncIsDone() {
        Eventually.await(Duration.ofSeconds(60), HostileTrafficTest::status, s -> s.getString("phase").equals("Synced"));
    }

    @Test
    void bodiesOverTheLimitAreRefusedFromTheirHeadersBeforeTheyAreSent() throws Exception {
        byte[] firstPart = new byte[64 * 1024];
        List<Integer> answers = concurrently(OVERSIZED_SENDERS, OVERSIZED_SENDERS,
                () -> RawHttp.post(base.getPort(), WEBHOOK, forgedHeaders(), THIRTY_MB, firstPart, TIMEOUT_MILLIS));

        // Each sender wrote a sliver of its 30 MB, so a 413 proves the body was judged before it was read.
        assertThat(answers).hasSize(OVERSIZED_SENDERS).containsOnly(413);
    }

    @Test
    void aMissingSignatureIsRefusedBeforeTheBodyIsSent() {
        Map<String, String> unsigned = new HashMap<>(forgedHeaders());
        unsigned.remove("X-Hub-Signature-256");

        int status = RawHttp.post(base.getPort(), WEBHOOK, unsigned, ConfigRepoServer.MAX_BODY_BYTES, new byte[0],
                TIMEOUT_MILLIS);

        assertThat(status).isEqualTo(401);
    }

    @Test
    void theValidateRouteRefusesABodyOverItsOwnLimitOrWithoutALengthBeforeReadingIt() {
        long overTheRouteLimit = config.http().maxApiBodyBytes() + 1;
        Map<String, String> json = Map.of("Content-Type", "application/json");

        // Far under the webhook limit, yet over the validate route's: judged from the header, before the body.
        assertThat(RawHttp.post(base.getPort(), VALIDATE, json, overTheRouteLimit, new byte[0], TIMEOUT_MILLIS))
                .isEqualTo(413);
        assertThat(RawHttp.stream(base.getPort(), VALIDATE, json, overTheRouteLimit, true, TIMEOUT_MILLIS))
                .isEqualTo(411);
    }

    @Test
    void largeBodiesBeyondTheSlotsAreToldToRetryAndTheSlotsComeBack() throws Exception {
        int senders = ConfigRepoProfile.FewLargeBodySlots.SLOTS * 6;
        byte[] body = new byte[(int) ConfigRepoServer.MAX_BODY_BYTES];
        List<Integer> answers = concurrently(senders, senders,
                () -> RawHttp.post(base.getPort(), WEBHOOK, forgedHeaders(), body.length, body, TIMEOUT_MILLIS));

        assertThat(answers).containsOnly(401, 503).contains(401);
        for (int i = 0; i <= ConfigRepoProfile.FewLargeBodySlots.SLOTS; i++) {
            assertThat(RawHttp.post(base.getPort(), WEBHOOK, forgedHeaders(), body.length, body, TIMEOUT_MILLIS))
                    .as("slot given back after request %d", i).isEqualTo(401);
        }
    }

    @Test
    void underAFloodOfForgedAndOversizedDeliveriesStatusAnswersAndTheNextPushSyncs() throws Exception {
        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicInteger statusAnswers = new AtomicInteger();
        List<Integer> statusFailures = new ArrayList<>();
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        Future<?> watching = watcher.submit(() -> {
            while (flooding.get()) {
                int code = given().get("/api/v1/status").statusCode();
                if (code == 200) {
                    statusAnswers.incrementAndGet();
                } else {
                    synchronized (statusFailures) {
                        statusFailures.add(code);
                    }
                }
            }
        });
        byte[] forgedBody = GitHubPush.of(ConfigRepoServer.url(), "main", "0".repeat(40), "not-the-secret").body();
        List<Integer> answers;
        try {
            List<Callable<Integer>> floods = new ArrayList<>();
            for (int i = 0; i < OVERSIZED_SENDERS; i++) {
                floods.add(() -> RawHttp.post(base.getPort(), WEBHOOK, forgedHeaders(), THIRTY_MB, new byte[4096],
                        TIMEOUT_MILLIS));
            }
            for (int i = 0; i < FORGED_DELIVERIES; i++) {
                floods.add(() -> RawHttp.post(base.getPort(), WEBHOOK, forgedHeaders(), forgedBody.length, forgedBody,
                        TIMEOUT_MILLIS));
            }
            answers = all(floods, 16);
        } finally {
            flooding.set(false);
            watching.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            watcher.shutdownNow();
        }

        assertThat(answers.stream().filter(code -> code == 413)).hasSize(OVERSIZED_SENDERS);
        assertThat(answers.stream().filter(code -> code == 401)).hasSize(FORGED_DELIVERIES);
        assertThat(statusFailures).isEmpty();
        assertThat(statusAnswers.get()).isPositive();

        String head = ConfigRepoServer.push("services/after-flood.yaml", "kind: Service\nname: After Flood\n"
                + "escalation_policy: Payments Primary\n", "Add a service after the flood");
        GitHubPush push = GitHubPush.of(ConfigRepoServer.url(), "main", head, ConfigRepoServer.GITHUB_SECRET);
        given().headers(push.headers()).body(push.body()).post(WEBHOOK).then().statusCode(202);
        JsonPath synced = Eventually.await(Duration.ofSeconds(60), HostileTrafficTest::status,
                s -> head.equals(s.getString("lastAppliedRevision"))
                        // The revision is recorded a moment before the sync lets go of the phase.
                        && !s.getString("phase").equals("Syncing"));
        assertThat(synced.getString("phase")).isEqualTo("Synced");
    }

    private static Map<String, String> forgedHeaders() {
        return Map.of("X-GitHub-Event", "push", "X-Hub-Signature-256", "sha256=" + "0".repeat(64),
                "Content-Type", "application/json");
    }

    private static List<Integer> concurrently(int count, int threads, Callable<Integer> task) throws Exception {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(task);
        }
        return all(tasks, threads);
    }

    private static List<Integer> all(List<Callable<Integer>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(tasks)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonPath status() {
        return given().get("/api/v1/status").then().statusCode(200).extract().jsonPath();
    }
}
