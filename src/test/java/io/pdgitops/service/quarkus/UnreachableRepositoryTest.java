package io.pdgitops.service.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.pdgitops.service.Eventually;
import io.pdgitops.service.TempDataDir;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(UnreachableRepositoryTest.NothingListens.class)
class UnreachableRepositoryTest {

    static final String URL = "git://127.0.0.1:1/config.git";

    /** A repository URL where nothing answers. */
    public static class NothingListens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pd-gitops.repo.url", URL,
                    "pd-gitops.data-dir", TempDataDir.create("pd-gitops-unreachable"),
                    "pd-gitops.sync-on-start", "true");
        }
    }

    @Test
    void theServiceStartsAndSaysWhyItCannotSync() {
        JsonPath status = Eventually.await(Duration.ofSeconds(60),
                () -> given().get("/api/v1/status").then().statusCode(200).extract().jsonPath(),
                s -> "Failed".equals(s.getString("phase")));

        assertThat(status.getString("lastError")).startsWith("cannot fetch branch 'main' from " + URL);
        assertThat(status.getString("lastAppliedRevision")).isNull();
        given().get("/api/v1/syncs/1").then().statusCode(200)
                .body("outcome", equalTo("FAILED")).body("errors[0].source", equalTo("GIT")).body("errors[0].file", nullValue());
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'git' }.status", equalTo("DOWN"));
    }
}
