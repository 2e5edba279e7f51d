package io.pdgitops.sandbox.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SandboxRouteTest.Seeded.class)
class SandboxRouteTest {

    /**
     * The sandbox on, seeded, with one accepted token. The repository is named, though never reached, so that the
     * service does not look for one around the working directory, which need not be a Git checkout.
     */
    public static class Seeded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "pd-gitops.repo.url", "git://127.0.0.1:1/config.git",
                    "pd-gitops.sandbox.enabled", "true",
                    "pd-gitops.sandbox.seed-file", "src/test/resources/sandbox/seed.yaml",
                    "pd-gitops.sandbox.permissive", "false",
                    "pd-gitops.sandbox.tokens", "route-test-token");
        }
    }

    @Test
    void servesPagerDutysApiUnderSandbox() {
        given().header("Authorization", "Token token=route-test-token")
                .header("Accept", "application/vnd.pagerduty+json;version=2")
                .when().get("/sandbox/users?query=taro")
                .then().statusCode(200)
                .header("ratelimit-limit", "960")
                .body("users.email", hasItem("taro@example.com"))
                .body("total", equalTo(null));

        given().header("Authorization", "Token token=route-test-token").contentType("application/json")
                .body("{\"team\":{\"type\":\"team\",\"name\":\"Route team\"}}")
                .when().post("/sandbox/teams")
                .then().statusCode(201)
                .body("team.name", equalTo("Route team"));

        given().when().get("/sandbox/users").then().statusCode(401).body("error.code", equalTo(2006));
    }

    @Test
    void adminEndpointChangesFaultsAndCounts() {
        given().contentType("application/json").body("{\"rateLimitBurst\":1}")
                .when().put("/sandbox-admin/faults").then().statusCode(401);
        given().header("Authorization", "Token token=route-test-token").contentType("application/json")
                .body("{\"rateLimitBurst\":1}")
                .when().put("/sandbox-admin/faults")
                .then().statusCode(200).body("rateLimitBurst", equalTo(1));

        given().header("Authorization", "Token token=route-test-token")
                .when().get("/sandbox/abilities")
                .then().statusCode(429).body("error.code", equalTo(2020));

        given().header("Authorization", "Token token=route-test-token").when().get("/sandbox-admin/stats")
                .then().statusCode(200).body("paths.'/abilities'.rate_limited", equalTo(1));
    }
}
