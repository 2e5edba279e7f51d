package io.pdgitops.leader;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.state.SyncTrigger;
import io.pdgitops.state.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Leadership on a real PostgreSQL, with each replica's sessions as another process would hold them. */
class PostgresLeadershipTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void exactlyOneReplicaLeadsAndTheOthersKnowWhich() {
        DataSource database = TestPostgres.freshDatabase();
        try (PostgresLeadership first = new PostgresLeadership(database, "replica-a");
                PostgresLeadership second = new PostgresLeadership(database, "replica-b")) {

            assertThat(first.leads()).isTrue();
            assertThat(second.leads()).isFalse();
            assertThat(first.leads()).as("still, on the same session").isTrue();
            assertThat(second.leader()).contains("replica-a");
        }
    }

    @Test
    void whenTheLeadersConnectionDiesAnotherLeadsAndTheOldOneStops() throws SQLException {
        DataSource database = TestPostgres.freshDatabase();
        try (PostgresLeadership first = new PostgresLeadership(database, "replica-a");
                PostgresLeadership second = new PostgresLeadership(database, "replica-b")) {
            assertThat(first.leads()).isTrue();

            terminateSessionsOf(database, "replica-a");

            assertThat(second.leads()).isTrue();
            assertThat(first.leads()).as("its check before a write fails").isFalse();
            assertThat(first.leader()).contains("replica-b");
        }
    }

    @Test
    void aLeaderThatStopsGivesTheLeadBack() {
        DataSource database = TestPostgres.freshDatabase();
        try (PostgresLeadership second = new PostgresLeadership(database, "replica-b")) {
            try (PostgresLeadership first = new PostgresLeadership(database, "replica-a")) {
                assertThat(first.leads()).isTrue();
                assertThat(second.leads()).isFalse();
            }

            assertThat(second.leads()).isTrue();
        }
    }

    @Test
    void requestsHandedOffByFollowersReachTheLeaderOnce() {
        DataSource database = TestPostgres.freshDatabase();
        try (PostgresLeadership leader = new PostgresLeadership(database, "replica-a");
                PostgresLeadership follower = new PostgresLeadership(database, "replica-b")) {
            assertThat(leader.leads()).isTrue();

            follower.handOff(SyncTrigger.PUSH_WEBHOOK);
            follower.handOff(SyncTrigger.MANUAL);

            assertThat(leader.takeRequests(WAIT)).containsExactlyInAnyOrder(SyncTrigger.PUSH_WEBHOOK, SyncTrigger.MANUAL);
            follower.handOff(SyncTrigger.MANUAL);
            assertThat(leader.takeRequests(WAIT)).containsExactly(SyncTrigger.MANUAL);
            assertThat(follower.takeRequests(Duration.ZERO)).as("a follower takes nothing").isEmpty();
        }
    }

    private static void terminateSessionsOf(DataSource database, String replica) throws SQLException {
        try (Connection admin = database.getConnection();
                PreparedStatement kill = admin.prepareStatement(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")) {
            kill.setString(1, replica);
            kill.execute();
        }
    }
}
