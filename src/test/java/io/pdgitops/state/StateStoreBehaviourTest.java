package io.pdgitops.state;

import static io.pdgitops.state.StateSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.validate.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every state store promises, run against the file store and against a real PostgreSQL. */
class StateStoreBehaviourTest {

    enum StoreKind {
        FILE, POSTGRESQL
    }

    /** Opens stores on one backing file or database, as a restarted process or another replica would. */
    record Stores(IntFunction<StateStore> opener) {
        StateStore open() {
            return opener.apply(StateStore.DEFAULT_HISTORY_LIMIT);
        }

        StateStore open(int historyLimit) {
            return opener.apply(historyLimit);
        }
    }

    @TempDir
    Path dir;

    private Stores stores(StoreKind kind) {
        return switch (kind) {
            case FILE -> new Stores(limit -> FileStateStore.open(dir, limit, CLOCK, new AtomicFileWriter()));
            case POSTGRESQL -> {
                DataSource database = TestPostgres.freshDatabase();
                yield new Stores(limit -> PostgresStateStore.open(database, limit, CLOCK));
            }
        };
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void firstRunIsEmptyAndSaysPruneIsImpossible(StoreKind kind) {
        Stores stores = stores(kind);
        OpenedState loaded = stores.open().loadResult();

        assertThat(loaded.status()).isEqualTo(LoadStatus.FIRST_RUN);
        assertThat(loaded.inventoryKnown()).isFalse();
        assertThat(loaded.state()).isEqualTo(SyncState.EMPTY);
        assertThat(loaded.interruptedSync()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void stateSurvivesAReopen(StoreKind kind) {
        Stores stores = stores(kind);
        StateStore store = stores.open();
        store.recordSeen(REV_A);
        store.beginSync(REV_A, SyncTrigger.PUSH_WEBHOOK);
        SyncRecord recorded = store.finishSync(record(REV_A, SyncOutcome.PARTIALLY_FAILED), Optional.of(APPLIED));

        OpenedState reopened = stores.open().loadResult();

        assertThat(recorded.id()).isEqualTo(1);
        assertThat(reopened.status()).isEqualTo(LoadStatus.LOADED);
        assertThat(reopened.inventoryKnown()).isTrue();
        assertThat(reopened.state()).isEqualTo(store.state());
        assertThat(reopened.state().lastAppliedRevision()).isEqualTo(REV_A);
        assertThat(reopened.state().inventory()).containsExactly(InventoryEntry.integration("Payments API", "Nagios"),
                InventoryEntry.of("Service", "Payments API"), InventoryEntry.of("Team", "Ops Tokyo"));
        assertThat(reopened.state().history()).containsExactly(recorded);
        assertThat(reopened.interruptedSync()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aSyncThatAppliedNothingKeepsTheLastAppliedRevisionAndInventory(StoreKind kind) {
        Stores stores = stores(kind);
        StateStore store = stores.open();
        store.finishSync(record(REV_A, SyncOutcome.SUCCEEDED), Optional.of(APPLIED));

        store.finishSync(new SyncRecord(0, T0, T0, SyncTrigger.POLL, REV_B, "Taro", "Break it",
                SyncOutcome.INVALID_CONFIG, List.of(), List.of(Problem.inFile("teams.yaml", 3, "name is empty"))),
                Optional.empty());

        assertThat(store.state().lastAppliedRevision()).isEqualTo(REV_A);
        assertThat(store.state().inventory()).hasSize(3);
        assertThat(stores.open().loadResult().state().history().get(1).errors().get(0))
                .hasToString("teams.yaml:3: name is empty");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void readersSeeWholeStatesWhileOneWriterSyncs(StoreKind kind) throws Exception {
        Stores stores = stores(kind);
        StateStore store = stores.open();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> inconsistent = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                SyncState seen = store.state();
                if (seen.history().size() != seen.lastSyncId()) {
                    inconsistent.add(seen.history().size() + " records but last id " + seen.lastSyncId());
                }
                Thread.onSpinWait();
            }
        });
        reader.start();
        for (int i = 0; i < 30; i++) {
            store.finishSync(record(REV_A, SyncOutcome.NO_CHANGES), Optional.empty());
        }
        writing.set(false);
        reader.join(10_000);

        assertThat(inconsistent).isEmpty();
        assertThat(store.state().lastSyncId()).isEqualTo(30);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void historyLimitIsConfigurable(StoreKind kind) {
        Stores stores = stores(kind);
        StateStore store = stores.open(2);
        for (int i = 0; i < 5; i++) {
            store.finishSync(record(REV_A, SyncOutcome.NO_CHANGES), Optional.empty());
        }

        assertThat(store.history()).extracting(SyncRecord::id).containsExactly(4L, 5L);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void historyIdsAreNeverGivenTwiceAcrossTruncationAndRestarts(StoreKind kind) {
        Stores stores = stores(kind);
        int limit = 3;
        List<Long> given = new ArrayList<>();
        StateStore store = stores.open(limit);
        for (int i = 0; i < 2 * limit + 1; i++) {
            given.add(store.finishSync(record(REV_A, SyncOutcome.NO_CHANGES), Optional.empty()).id());
        }
        assertThat(store.history()).as("the oldest records were dropped").hasSize(limit);

        StateStore restarted = stores.open(limit);
        restarted.beginSync(REV_B, SyncTrigger.STARTUP);
        StateStore afterCrash = stores.open(1);
        given.add(afterCrash.closeInterruptedSync().orElseThrow().id());
        given.add(afterCrash.finishSync(record(REV_B, SyncOutcome.SUCCEEDED), Optional.of(APPLIED)).id());

        assertThat(given).as("every id given, through truncation and restarts").doesNotHaveDuplicates()
                .isSortedAccordingTo(Long::compare);
        assertThat(stores.open(limit).history()).extracting(SyncRecord::id).last()
                .isEqualTo(given.get(given.size() - 1));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void interruptedSyncMarkerIsFoundAfterARestart(StoreKind kind) {
        Stores stores = stores(kind);
        stores.open().beginSync(REV_B, SyncTrigger.STARTUP);

        OpenedState restarted = stores.open().loadResult();

        assertThat(restarted.interruptedSync()).contains(new SyncInProgress(REV_B, T0, SyncTrigger.STARTUP));
        assertThat(restarted.status()).isEqualTo(LoadStatus.LOADED);
        assertThat(restarted.inventoryKnown()).as("nothing was applied yet").isFalse();
        assertThat(restarted.state().lastSeenRevision()).isEqualTo(REV_B);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void anInterruptedSyncIsClosedInHistoryOnce(StoreKind kind) {
        Stores stores = stores(kind);
        StateStore before = stores.open();
        before.finishSync(record(REV_A, SyncOutcome.SUCCEEDED), Optional.of(APPLIED));
        before.beginSync(REV_B, SyncTrigger.PUSH_WEBHOOK);
        StateStore restarted = stores.open();

        Optional<SyncRecord> closed = restarted.closeInterruptedSync();

        assertThat(closed).hasValueSatisfying(r -> {
            assertThat(r.id()).isEqualTo(2);
            assertThat(r.outcome()).isEqualTo(SyncOutcome.INTERRUPTED);
            assertThat(r.revision()).isEqualTo(REV_B);
            assertThat(r.trigger()).isEqualTo(SyncTrigger.PUSH_WEBHOOK);
        });
        assertThat(restarted.state().inProgress()).isEmpty();
        assertThat(restarted.state().lastAppliedRevision()).isEqualTo(REV_A);
        assertThat(restarted.state().inventory()).hasSize(3);
        assertThat(restarted.closeInterruptedSync()).isEmpty();
        assertThat(stores.open().loadResult().interruptedSync()).isEmpty();
    }
}
