package io.pdgitops.state;

import static io.pdgitops.state.StateSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** What only the PostgreSQL store has to get right: several replicas writing one state, and a database that is gone. */
class PostgresStateStoreTest {

    @Test
    void replicasWritingAtOnceLoseNoHistory() throws Exception {
        DataSource database = TestPostgres.freshDatabase();
        List<StateStore> replicas = List.of(PostgresStateStore.open(database, 500, CLOCK),
                PostgresStateStore.open(database, 500, CLOCK), PostgresStateStore.open(database, 500, CLOCK));
        int perReplica = 15;
        ExecutorService threads = Executors.newFixedThreadPool(replicas.size());
        try {
            List<Future<List<Long>>> written = new ArrayList<>();
            for (StateStore replica : replicas) {
                Callable<List<Long>> writes = () -> LongStream.range(0, perReplica)
                        .map(i -> replica.finishSync(record(REV_A, SyncOutcome.NO_CHANGES), Optional.empty()).id())
                        .boxed().toList();
                written.add(threads.submit(writes));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<List<Long>> one : written) {
                ids.addAll(one.get());
            }

            long total = (long) perReplica * replicas.size();
            assertThat(ids).doesNotHaveDuplicates().hasSize((int) total);
            assertThat(replicas.get(0).history()).extracting(SyncRecord::id)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void twoReplicasTakingOverRecordTheInterruptedSyncOnce() {
        DataSource database = TestPostgres.freshDatabase();
        PostgresStateStore.open(database, 500, CLOCK).beginSync(REV_B, SyncTrigger.PUSH_WEBHOOK);
        StateStore first = PostgresStateStore.open(database, 500, CLOCK);
        StateStore second = PostgresStateStore.open(database, 500, CLOCK);

        Optional<SyncRecord> closedByFirst = first.closeInterruptedSync();
        Optional<SyncRecord> closedBySecond = second.closeInterruptedSync();

        assertThat(closedByFirst).hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo(SyncOutcome.INTERRUPTED));
        assertThat(closedBySecond).isEmpty();
        assertThat(second.history()).extracting(SyncRecord::outcome).containsExactly(SyncOutcome.INTERRUPTED);
    }

    @Test
    void aDatabaseThatIsGoneFailsClearlyWithoutItsPassword() {
        // Port 1 on loopback: nothing listens there, so the real driver fails as it does when the server is down.
        PGSimpleDataSource gone = new PGSimpleDataSource();
        gone.setUrl("jdbc:postgresql://127.0.0.1:1/pd_gitops");
        gone.setUser("pd_gitops");
        String password = "s3cret-db-password";
        gone.setPassword(password);

        assertThatThrownBy(() -> PostgresStateStore.open(gone, 500, CLOCK))
                .isInstanceOf(StateStoreException.class)
                .hasMessageStartingWith("cannot read the state in PostgreSQL: ")
                .hasMessageContaining("127.0.0.1:1")
                .message().doesNotContain(password);
    }
}
