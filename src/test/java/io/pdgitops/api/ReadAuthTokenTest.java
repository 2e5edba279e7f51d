package io.pdgitops.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.pdgitops.service.TempDataDir;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * With {@code read-auth=token} every read endpoint needs the bearer token. The endpoints are taken from the
 * service's own OpenAPI document, so that one added later is checked too.
 */
@QuarkusTest
@TestProfile(ReadAuthTokenTest.ReadsNeedTheToken.class)
class ReadAuthTokenTest {

    static final String TOKEN = "read-auth-test-token";

    public static class ReadsNeedTheToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pd-gitops.read-auth", "token",
                    "pd-gitops.api-token", TOKEN,
                    "pd-gitops.repo.url", "git://127.0.0.1:1/config.git",
                    "pd-gitops.data-dir", TempDataDir.create("pd-gitops-read-auth"));
        }
    }

    @Test
    void everyReadEndpointRefusesAMissingOrWrongTokenAndAnswersWithIt() {
        // On a service that never synced: no history record 1 and no drift report yet.
        Map<String, List<Integer>> expected = Map.of(
                "/api/v1/status", List.of(401, 401, 401, 200),
                "/api/v1/syncs", List.of(401, 401, 401, 200),
                "/api/v1/syncs/1", List.of(401, 401, 401, 404),
                "/api/v1/drift", List.of(401, 401, 401, 503));
        Map<String, List<Integer>> answers = new TreeMap<>();
        for (String path : documentedReads()) {
            answers.put(path, Stream.of(null, "Bearer not-" + TOKEN, "Token token=" + TOKEN, "Bearer " + TOKEN)
                    .map(authorization -> get(path, authorization)).toList());
        }

        assertThat(answers).isEqualTo(expected);
        given().get("/api/v1/status").then().body("error", equalTo("missing 'Authorization: Bearer <api token>'"));
        given().header("Authorization", "Bearer not-" + TOKEN).get("/api/v1/status").then()
                .body("error", equalTo("wrong API token"));
    }

    @Test
    void healthMetricsAndTheApiDescriptionStayOpenForProbesAndScrapers() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        // Present from the start, before any sync or PagerDuty call, so that dashboards and alerts find them.
        assertThat(metrics).contains("pd_gitops_drifted_objects ", "pd_gitops_pagerduty_rate_limited_total ",
                "pd_gitops_sync_duration_seconds_count ");
    }

    @Test
    void theApiDescriptionSummarisesEveryEndpoint() {
        JsonPath openApi = openApi();
        Map<String, String> summaries = new TreeMap<>();
        for (String operation : List.of("get /api/v1/status", "get /api/v1/syncs", "get /api/v1/syncs/{id}",
                "post /api/v1/sync", "get /api/v1/drift", "post /api/v1/webhooks/{provider}")) {
            String[] methodAndPath = operation.split(" ");
            summaries.put(operation, openApi.getString("paths.'" + methodAndPath[1] + "'." + methodAndPath[0]
                    + ".summary"));
        }

        assertThat(summaries).hasSize(6).allSatisfy((operation, summary) -> assertThat(summary).as(operation).isNotBlank());
    }

    private static int get(String path, String authorization) {
        RequestSpecification request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.get(path).statusCode();
    }

    /** Every GET under /api/v1 that /q/openapi describes, with {id} filled in. */
    private static List<String> documentedReads() {
        Map<String, Map<String, Object>> paths = openApi().getMap("paths");
        return paths.entrySet().stream()
                .filter(path -> path.getKey().startsWith("/api/v1/") && path.getValue().containsKey("get"))
                .map(path -> path.getKey().replace("{id}", "1"))
                .toList();
    }

    private static JsonPath openApi() {
        return new JsonPath(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }
}
