package io.pdgitops.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.concurrent.EventExecutor;
import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.service.Eventually;
import io.pdgitops.service.quarkus.ProcessVitals;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Liveness fails when a thread the service needs is blocked or dead, and after a fatal error, so that an
 * orchestrator restarts the process. The recorded error is last: nothing clears it but a restart.
 */
@QuarkusTest
@TestProfile(LivenessTest.QuickHeartbeats.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LivenessTest {

    static final Duration MAX_SILENCE = Duration.ofSeconds(3);

    public static class QuickHeartbeats extends ConfigRepoProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pd-gitops.health.heartbeat-interval", "1s",
                    "pd-gitops.health.max-silence", MAX_SILENCE.toMillis() + "ms");
        }
    }

    @Inject
    SmallRyeHealthReporter health;

    @Inject
    ProcessVitals vitals;

    @Inject
    Vertx vertx;

    @Test
    @Order(1)
    void aHealthyProcessIsLive() {
        given().get("/q/health/live").then().statusCode(200);
        assertThat(check(health.getLiveness(), "threads").getString("status")).isEqualTo("UP");
    }

    @Test
    @Order(2)
    void aBlockedEventLoopFailsLivenessUntilItBeatsAgain() {
        EventExecutor loop = vertx.nettyEventLoopGroup().iterator().next();
        CountDownLatch release = new CountDownLatch(1);
        loop.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            SmallRyeHealth down = Eventually.await(MAX_SILENCE.multipliedBy(10), health::getLiveness,
                    SmallRyeHealth::isDown);
            assertThat(check(down, "threads").getJsonObject("data").getString("silent")).contains("event loop 0");
        } finally {
            release.countDown();
        }
        SmallRyeHealth up = Eventually.await(MAX_SILENCE.multipliedBy(10), health::getLiveness,
                live -> !live.isDown());
        assertThat(check(up, "threads").getString("status")).isEqualTo("UP");
    }

    @Test
    @Order(3)
    void aRecordedOutOfMemoryErrorFailsLivenessForGood() {
        vitals.record("thread pd-gitops-sync", new OutOfMemoryError("Java heap space"));

        String body = given().get("/q/health/live").then().statusCode(503).extract().asString();

        assertThat(body).contains(OutOfMemoryError.class.getName()).contains("pd-gitops-sync");
        assertThat(health.getLiveness().isDown()).isTrue();
    }

    private static JsonObject check(SmallRyeHealth report, String name) {
        return report.getPayload().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow();
    }
}
