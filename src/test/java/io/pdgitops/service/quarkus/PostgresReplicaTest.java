package io.pdgitops.service.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.service.ConfigRepoServer;
import io.pdgitops.service.Eventually;
import io.pdgitops.state.SyncTrigger;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service on the PostgreSQL store, started while another replica leads. */
@QuarkusTest
@TestProfile(PostgresReplicaTest.Profile.class)
class PostgresReplicaTest {

    public static class Profile extends ConfigRepoProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ConfigRepoServer.class), new TestResourceEntry(OtherReplica.class));
        }
    }

    @Test
    void aFollowerHandsSyncsToTheLeaderAndTakesOverWhenItIsGone() {
        JsonPath asFollower = status();
        assertThat(asFollower.getString("replica")).isEqualTo(OtherReplica.SERVICE_REPLICA);
        assertThat(asFollower.getString("leader")).isEqualTo(OtherReplica.NAME);

        given().header("Authorization", "Bearer " + ConfigRepoServer.API_TOKEN).post("/api/v1/sync").then()
                .statusCode(202);

        assertThat(OtherReplica.leadership().takeRequests(Duration.ofSeconds(10)))
                .as("the manual sync reached the leader").containsExactly(SyncTrigger.MANUAL);
        assertThat(given().get("/api/v1/syncs").then().statusCode(200).extract().jsonPath().getList("$"))
                .as("the follower synced nothing itself").isEmpty();

        OtherReplica.leadership().close();

        Eventually.await(Duration.ofSeconds(90), () -> status().getString("phase"), "Synced"::equals);
        assertThat(status().getString("leader")).isEqualTo(OtherReplica.SERVICE_REPLICA);
        assertThat(given().get("/api/v1/syncs").then().statusCode(200).extract().jsonPath().getList("trigger"))
                .containsExactly(SyncTrigger.STARTUP.name());
    }

    private static JsonPath status() {
        return given().get("/api/v1/status").then().statusCode(200).extract().jsonPath();
    }
}
