package io.pdgitops.service.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.service.ConfigRepoServer;
import io.pdgitops.service.Eventually;
import io.pdgitops.service.GitHubPush;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** git push -> webhook -> sync into the served sandbox, with a real git daemon in between. */
@QuarkusTest
@TestProfile(ConfigRepoProfile.Fresh.class)
class GitOpsEndToEndTest {

    private static final String SANDBOX_AUTH = "Token token=any";

    @BeforeEach
    void startupSyncIsDone() {
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
    void burstOfDeliveriesCoalescesAndAppliesTheLastPush() {
        long syncsBefore = lastSyncId();
        String head = null;
        int deliveries = 120;
        for (int i = 0; i < deliveries; i++) {
            if (i % 20 == 0) {
                head = ConfigRepoServer.push("services/burst.yaml", service("Burst API", "revision " + i, "4h"),
                        "Burst " + i);
            }
            deliver(head);
        }
        String last = head;
        Eventually.await(Duration.ofSeconds(30), GitOpsEndToEndTest::status,
                s -> last.equals(s.getString("lastAppliedRevision")) && s.getString("phase").equals("Synced"));

        List<Map<String, Object>> syncs = given().get("/api/v1/syncs?limit=500").then().extract().jsonPath()
                .getList("findAll { it.id > " + syncsBefore + " }");
        // One sync per distinct head at most: deliveries of a head already synced are not synced again.
        assertThat(syncs).hasSizeBetween(1, deliveries / 20)
                .allSatisfy(sync -> assertThat(sync.get("outcome")).isIn("SUCCEEDED", "NO_CHANGES"));
        assertThat(sandboxService("Burst API")).containsEntry("description", "revision 100");
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
