package io.pdgitops.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.service.ConfigRepoServer;
import io.pdgitops.service.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service tells its receivers of an invalid commit once and of the recovery once: a signed webhook on loopback
 * and, with no events URL set, the Events API of the built-in sandbox the service writes to, where the trigger and
 * the resolve share one alert.
 */
@QuarkusTest
@TestProfile(NotificationsInServiceTest.Notifying.class)
class NotificationsInServiceTest {

    static final LoopbackReceiver HOOK = new LoopbackReceiver();
    static final String SECRET = "service-notify-secret";
    static final String ROUTING_KEY = "fedcba9876543210fedcba9876543210";
    static final String BEARER = "Bearer " + ConfigRepoServer.API_TOKEN;

    /** Notifications to {@link #HOOK} and to the sandbox's Events API of this very service. */
    public static class Notifying extends ConfigRepoProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pd-gitops.notify.webhook.url", HOOK.url("/pd-gitops").toString(),
                    "pd-gitops.notify.webhook.secret", SECRET,
                    "pd-gitops.notify.pagerduty.routing-key", ROUTING_KEY,
                    "pd-gitops.notify.first-retry-delay", "1s");
        }
    }

    @Test
    void anInvalidCommitAndItsFixAreEachToldOnceToEveryReceiver() throws Exception {
        Eventually.await(Duration.ofSeconds(60), () -> given().get("/api/v1/status").then().extract().path("phase"),
                "Synced"::equals);
        assertThat(HOOK.received()).as("a healthy start tells nobody anything").isEmpty();

        ConfigRepoServer.push("teams.yaml", "kind: Team\nname: [broken\n", "Break the team file");
        given().header("Authorization", BEARER).post("/api/v1/sync").then().statusCode(202);
        Eventually.await(Duration.ofSeconds(60), HOOK::received, received -> received.size() == 1);
        given().header("Authorization", BEARER).post("/api/v1/sync").then().statusCode(202);

        ConfigRepoServer.push("teams.yaml", "kind: Team\nname: Ops Tokyo\ndescription: Tokyo shift\n", "Fix it");
        given().header("Authorization", BEARER).post("/api/v1/sync").then().statusCode(202);
        List<LoopbackReceiver.Received> told = Eventually.await(Duration.ofSeconds(60), HOOK::received,
                received -> received.size() >= 2);

        assertThat(told).extracting(r -> r.header(SignedWebhookReceiver.EVENT))
                .containsExactly("commit-invalid", "recovered");
        assertThat(told.get(0).body()).contains("teams.yaml");
        JsonNode events = Eventually.await(Duration.ofSeconds(30), NotificationsInServiceTest::sandboxEvents,
                list -> list.size() >= 2);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).path("event_action").asText()).isEqualTo("trigger");
        assertThat(events.get(1).path("event_action").asText()).isEqualTo("resolve");
        assertThat(events.get(1).path("dedup_key")).isEqualTo(events.get(0).path("dedup_key"));
        String log = given().header("Authorization", BEARER).get("/api/v1/syncs").then().extract().asString();
        assertThat(log).doesNotContain(ROUTING_KEY).doesNotContain(SECRET);
    }

    static JsonNode sandboxEvents() {
        try {
            return new ObjectMapper().readTree(given().header("Authorization", "Token token=any")
                    .get("/sandbox-admin/events").then().statusCode(200).extract().asString()).path("events");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
