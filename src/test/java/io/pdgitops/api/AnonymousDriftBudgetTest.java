package io.pdgitops.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.pagerduty.RateLimiter;
import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.service.ConfigRepoServer;
import io.pdgitops.service.DriftOrigin;
import io.pdgitops.service.Eventually;
import io.pdgitops.service.quarkus.PagerDutyConnection;
import io.pdgitops.service.quarkus.SyncService;
import io.pdgitops.state.SyncTrigger;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A service with no API token, where anyone may ask for a drift check: what a storm of such requests costs
 * PagerDuty, counted in the sandbox's own statistics, and that a sync still gets its calls during one.
 */
@QuarkusTest
@TestProfile(ConfigRepoProfile.Anonymous.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnonymousDriftBudgetTest {

    private static final int REFRESHES = 30;
    private static final String SANDBOX_AUTH = "Token token=any";

    @Inject
    SyncService sync;

    @Inject
    PagerDutyConnection pagerDuty;

    @BeforeEach
    void startupSyncIsDone() {
        Eventually.await(Duration.ofSeconds(60), AnonymousDriftBudgetTest::status,
                s -> s.getString("phase").equals("Synced"));
    }

    @Test
    @Order(1)
    void thirtyRefreshesInARowCostAtMostTheBudgetAndTheRestAreRefusedWithRetryAfter() throws Exception {
        // Also the check that later requests without refresh=true would be answered from.
        long oneCheck = pagerDutyCalls(() -> sync.requestDriftCheck(DriftOrigin.SCHEDULE).get(60, TimeUnit.SECONDS));
        // Unbounded, the storm would cost more than the budget; otherwise this test could not fail.
        assertThat(REFRESHES * oneCheck).isGreaterThan(ConfigRepoProfile.Anonymous.PAGERDUTY_REQUESTS_PER_MINUTE);

        List<Response> answers = new ArrayList<>();
        long spent = pagerDutyCalls(() -> {
            for (int i = 0; i < REFRESHES; i++) {
                answers.add(given().accept("application/json").get("/api/v1/drift?refresh=true"));
            }
            return null;
        });

        List<Response> checked = answers.stream().filter(answer -> answer.statusCode() == 200).toList();
        List<Response> refused = answers.stream().filter(answer -> answer.statusCode() != 200).toList();
        assertThat(checked).hasSizeBetween(1, ConfigRepoProfile.Anonymous.CHECKS_PER_CLIENT_PER_MINUTE);
        assertThat(spent).isLessThanOrEqualTo(ConfigRepoProfile.Anonymous.PAGERDUTY_REQUESTS_PER_MINUTE)
                .isLessThanOrEqualTo(checked.size() * oneCheck);
        assertThat(refused).hasSize(REFRESHES - checked.size()).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(429);
            assertThat(Integer.parseInt(answer.header("Retry-After"))).isBetween(1, 60);
            assertThat(answer.jsonPath().getString("error")).contains("checks-per-client-per-minute");
        });
    }

    @Test
    @Order(2)
    void aSyncAskedForDuringAStormOfRefreshesAppliesItsRevision() throws Exception {
        AtomicBoolean storming = new AtomicBoolean(true);
        List<Integer> stormAnswers = new CopyOnWriteArrayList<>();
        Thread storm = new Thread(() -> {
            while (storming.get()) {
                stormAnswers.add(given().accept("application/json").get("/api/v1/drift?refresh=true").statusCode());
            }
        });
        storm.start();
        try {
            String revision = ConfigRepoServer.push("services/budget.yaml", "kind: Service\nname: Budget API\n"
                    + "escalation_policy: Payments Primary\n", "Add the budget service");
            sync.requestSync(SyncTrigger.MANUAL);

            JsonPath applied = Eventually.await(Duration.ofSeconds(60), AnonymousDriftBudgetTest::status,
                    s -> revision.equals(s.getString("lastAppliedRevision"))
                        // The revision is recorded a moment before the sync lets go of the phase.
                        && !s.getString("phase").equals("Syncing"));
            assertThat(applied.getString("phase")).isEqualTo("Synced");
        } finally {
            storming.set(false);
            storm.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(stormAnswers).isNotEmpty().allSatisfy(status -> assertThat(status).isIn(200, 429));
        assertThat(given().header("Authorization", SANDBOX_AUTH).queryParam("query", "Budget API").get("/sandbox/services")
                .then().statusCode(200).extract().jsonPath().getList("services.name"))
                .containsExactly("Budget API");
    }

    @Test
    @Order(3)
    void whileTheRequestsShareOfPagerDutyIsSpentARefreshIsRefusedWhateverTheClientsOwnBudget() throws Exception {
        RateLimiter lane = pagerDuty.requestsLane();
        while (lane.untilFree().isZero()) {
            lane.acquire();
        }

        Response answer = given().accept("application/json").get("/api/v1/drift?refresh=true");

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isBetween(1, 60);
        assertThat(answer.jsonPath().getString("error")).contains("pagerduty-requests-per-minute");
    }

    private interface Work {
        Object run() throws Exception;
    }

    /** PagerDuty calls the sandbox answered while {@code work} ran. */
    private static long pagerDutyCalls(Work work) throws Exception {
        long before = sandboxCalls();
        work.run();
        return sandboxCalls() - before;
    }

    private static long sandboxCalls() {
        JsonPath totals = given().header("Authorization", SANDBOX_AUTH).get("/sandbox-admin/stats").then()
                .statusCode(200).extract().jsonPath().setRootPath("totals");
        return totals.getLong("reads") + totals.getLong("writes");
    }

    private static JsonPath status() {
        return given().get("/api/v1/status").then().statusCode(200).extract().jsonPath();
    }
}
