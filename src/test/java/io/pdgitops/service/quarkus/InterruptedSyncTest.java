package io.pdgitops.service.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.service.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ConfigRepoProfile.AfterInterruptedSync.class)
class InterruptedSyncTest {

    @Test
    void aSyncCutOffByTheLastRunIsRecordedAndSyncedAgainAtStart() {
        Eventually.await(Duration.ofSeconds(60),
                () -> given().get("/api/v1/status").then().extract().jsonPath().getString("phase"), "Synced"::equals);

        List<Map<String, Object>> oldestFirst = given().get("/api/v1/syncs").then().statusCode(200).extract()
                .jsonPath().getList("reverse()");
        assertThat(oldestFirst).extracting(s -> s.get("trigger"), s -> s.get("outcome")).containsExactly(
                tuple("PUSH_WEBHOOK", "INTERRUPTED"),
                tuple("STARTUP", "SUCCEEDED"));
        assertThat(oldestFirst.get(1).get("revision")).isEqualTo(oldestFirst.get(0).get("revision"));
    }
}
