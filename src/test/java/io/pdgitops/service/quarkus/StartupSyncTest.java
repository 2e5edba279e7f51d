package io.pdgitops.service.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.service.ConfigRepoServer;
import io.pdgitops.service.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A service that polls and checks drift every second from the moment it starts: its first sync is the start-up
 * sync (not a poll followed by a redundant one), and no drift check runs before that sync has finished.
 */
@QuarkusTest
@TestProfile(StartupSyncTest.EagerTimers.class)
class StartupSyncTest {

    /** Timers that would fire while the start-up sync still runs. */
    public static class EagerTimers extends ConfigRepoProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pd-gitops.poll-interval", "1s", "pd-gitops.drift-interval", "1s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ConfigRepoServer.class));
        }
    }

    @Test
    void oneSyncAtStartAndDriftOnlyAfterIt() {
        JsonPath status = Eventually.await(Duration.ofSeconds(90),
                () -> given().get("/api/v1/status").then().statusCode(200).extract().jsonPath(),
                s -> s.getString("driftCheckedAt") != null);

        List<Map<String, Object>> syncs = given().get("/api/v1/syncs").then().statusCode(200).extract().jsonPath()
                .getList("$");
        assertThat(syncs).isNotEmpty();
        Map<String, Object> first = syncs.stream().min((a, b) -> Long.compare(((Number) a.get("id")).longValue(),
                ((Number) b.get("id")).longValue())).orElseThrow();
        assertThat(first.get("trigger")).as("the first sync is the start-up sync").isEqualTo("STARTUP");
        assertThat(syncs).as("no poll syncs the head the start-up sync already applied")
                .noneMatch(sync -> "POLL".equals(sync.get("trigger")) && "SUCCEEDED".equals(sync.get("outcome")));
        Instant firstFinished = Instant.parse((String) first.get("finishedAt"));
        assertThat(Instant.parse(status.getString("driftCheckedAt"))).as("drift is checked after the first sync")
                .isAfterOrEqualTo(firstFinished);
        assertThat(status.getBoolean("drift")).as("nothing is missing once the first sync is done").isFalse();
    }
}
