package io.pdgitops.service.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.service.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(UnreachablePagerDutyTest.NothingListens.class)
class UnreachablePagerDutyTest {

    static final String TOKEN = "unreachable-pagerduty-test-token";

    /** A reachable Git repository, and a PagerDuty URL where nothing answers (and no retries to wait for). */
    public static class NothingListens extends ConfigRepoProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pagerduty.token", TOKEN,
                    "pagerduty.url", "http://127.0.0.1:1",
                    "pagerduty.max-retries", "0");
        }
    }

    @Test
    void readinessIsDownForPagerDutyAloneAndTheSyncSaysWhyWithoutTheToken() {
        JsonPath status = Eventually.await(Duration.ofSeconds(60),
                () -> given().get("/api/v1/status").then().statusCode(200).extract().jsonPath(),
                s -> "Failed".equals(s.getString("phase")));

        assertThat(status.getString("lastAppliedRevision")).isNull();
        assertThat(status.getString("lastSeenRevision")).isNotNull();
        assertThat(status.getString("pagerDuty")).isEqualTo("PagerDuty (http://127.0.0.1:1)");
        String health = given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'git' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'pagerduty' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'pagerduty' }.data.problem", containsString("network error"))
                .extract().asString();
        assertThat(health + status.prettify()).doesNotContain(TOKEN);
    }
}
