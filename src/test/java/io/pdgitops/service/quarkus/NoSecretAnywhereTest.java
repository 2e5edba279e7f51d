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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * After a sync that creates integrations and a drift check, no secret the service holds (API token, webhook secret)
 * and no integration key PagerDuty issued appears in the log, any API or page, the metrics, the OpenAPI document
 * or any file of the data folder.
 */
@QuarkusTest
@TestProfile(ConfigRepoProfile.class)
class NoSecretAnywhereTest {

    private static final String SANDBOX_AUTH = "Token token=any";
    private static final String API_AUTH = "Bearer " + ConfigRepoServer.API_TOKEN;

    @Test
    void noSecretNorIntegrationKeyIsLoggedServedOrStored() throws IOException {
        String revision;
        List<String> log;
        try (CapturedLog captured = CapturedLog.open()) {
            revision = ConfigRepoServer.push("services/keyed.yaml", """
                    kind: Service
                    name: Keyed API
                    description: Has integrations
                    escalation_policy: Payments Primary
                    integrations:
                      - {name: Nagios, type: nagios}
                      - {name: Events, type: events_api_v2}
                    """, "Add a service with integrations");
            GitHubPush push = GitHubPush.of(ConfigRepoServer.url(), "main", revision, ConfigRepoServer.GITHUB_SECRET);
            given().headers(push.headers()).body(push.body()).post("/api/v1/webhooks/github").then().statusCode(202);
            JsonPath status = Eventually.await(Duration.ofSeconds(60), NoSecretAnywhereTest::status,
                    s -> revision.equals(s.getString("lastAppliedRevision")) || s.getString("phase").equals("Invalid"));
            assertThat(status.getString("lastAppliedRevision")).as(status.prettify()).isEqualTo(revision);
            given().header("Authorization", API_AUTH).get("/api/v1/drift?refresh=true").then().statusCode(200);
            log = captured.lines();
        }

        List<String> keys = integrationKeys("Keyed API");
        assertThat(keys).as("the sandbox issued a key per integration").hasSize(2).allSatisfy(k -> assertThat(k)
                .isNotBlank());
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put("log", String.join("\n", log));
        assertThat(seen.get("log")).as("the sync was logged").contains(revision);
        for (String path : List.of("/api/v1/status", "/api/v1/syncs", "/q/metrics", "/api/v1/drift", "/", "/drift",
                "/q/openapi")) {
            seen.put(path, given().header("Authorization", API_AUTH).get(path).then().statusCode(200).extract()
                    .asString());
        }
        // The on-call page is served only where the repository enables it; whatever answers is checked all the same.
        seen.put("/on-call", given().header("Authorization", API_AUTH).get("/on-call").then().extract().asString());
        Path data = Path.of(ConfigProvider.getConfig().getValue("pd-gitops.data-dir", String.class));
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                seen.put(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        assertThat(seen.keySet()).as("the data folder holds state").anyMatch(name -> name.startsWith(data.toString()));

        List<String> secrets = new ArrayList<>(keys);
        secrets.add(ConfigRepoServer.API_TOKEN);
        secrets.add(ConfigRepoServer.GITHUB_SECRET);
        seen.forEach((where, text) -> secrets.forEach(secret -> assertThat(text).as(where).doesNotContain(secret)));
    }

    private static JsonPath status() {
        return given().get("/api/v1/status").then().statusCode(200).extract().jsonPath();
    }

    /** The keys the sandbox issued for the service's integrations, read the way PagerDuty's API gives them. */
    private static List<String> integrationKeys(String service) {
        JsonPath found = given().header("Authorization", SANDBOX_AUTH)
                .get("/sandbox/services?query=" + service + "&include[]=integrations").then().statusCode(200)
                .extract().jsonPath();
        String id = found.getString("services[0].id");
        List<String> ids = found.getList("services[0].integrations.id", String.class);
        List<String> keys = new ArrayList<>();
        for (String integration : ids) {
            keys.add(given().header("Authorization", SANDBOX_AUTH)
                    .get("/sandbox/services/" + id + "/integrations/" + integration).then().statusCode(200)
                    .extract().path("integration.integration_key"));
        }
        return keys;
    }
}
