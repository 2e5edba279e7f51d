package io.pdgitops.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.validate.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final String REV_A = "6113728f27ae82c7b1a177c8d03f9e96e0adf246";
    private static final String REV_B = "da1560886d4f094c3e6c9ef40349f7d38b5d27d7";
    private static final Set<InventoryEntry> APPLIED = Set.of(InventoryEntry.of("Team", "Ops Tokyo"),
            InventoryEntry.of("Service", "Payments API"), InventoryEntry.integration("Payments API", "Nagios"));

    @TempDir
    Path dir;

    private StateStore open() {
        return StateStore.open(dir, StateStore.DEFAULT_HISTORY_LIMIT, CLOCK, new AtomicFileWriter());
    }

    static SyncRecord record(String revision, SyncOutcome outcome) {
        return new SyncRecord(0, T0, T0.plusSeconds(12), SyncTrigger.PUSH_WEBHOOK, revision, "Hanako Sato",
                "Add payments service", outcome,
                List.of(new StepResult("1", "create", "Team 'Ops Tokyo'", StepStatus.SUCCEEDED, null),
                        new StepResult("2", "create", "Service 'Payments API'", StepStatus.FAILED, "HTTP 400: name taken"),
                        new StepResult("3", "create", "Integration 'Nagios' of 'Payments API'", StepStatus.SKIPPED,
                                "depends on step 2")),
                List.of());
    }

    @Test
    void firstRunIsEmptyAndSaysPruneIsImpossible() {
        LoadResult loaded = open().loadResult();

        assertThat(loaded.status()).isEqualTo(LoadStatus.FIRST_RUN);
        assertThat(loaded.inventoryKnown()).isFalse();
        assertThat(loaded.state()).isEqualTo(SyncState.EMPTY);
        assertThat(loaded.interruptedSync()).isEmpty();
    }

    @Test
    void stateSurvivesAReopen() {
        StateStore store = open();
        store.recordSeen(REV_A);
        store.beginSync(REV_A, SyncTrigger.PUSH_WEBHOOK);
        SyncRecord recorded = store.finishSync(record(REV_A, SyncOutcome.PARTIALLY_FAILED), Optional.of(APPLIED));

        LoadResult reopened = open().loadResult();

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

    @Test
    void aSyncThatAppliedNothingKeepsTheLastAppliedRevisionAndInventory() {
        StateStore store = open();
        store.finishSync(record(REV_A, SyncOutcome.SUCCEEDED), Optional.of(APPLIED));

        store.finishSync(new SyncRecord(0, T0, T0, SyncTrigger.POLL, REV_B, "Taro", "Break it",
                SyncOutcome.INVALID_CONFIG, List.of(), List.of(Problem.inFile("teams.yaml", 3, "name is empty"))),
                Optional.empty());

        assertThat(store.state().lastAppliedRevision()).isEqualTo(REV_A);
        assertThat(store.state().inventory()).hasSize(3);
        assertThat(open().loadResult().state().history().get(1).errors().get(0))
                .hasToString("teams.yaml:3: name is empty");
    }

    @Test
    void theStateFileReadsAsReviewed() throws IOException {
        StateStore store = open();
        store.beginSync(REV_A, SyncTrigger.MANUAL);
        store.finishSync(record(REV_A, SyncOutcome.PARTIALLY_FAILED), Optional.of(APPLIED));

        String expected = Files.readString(Path.of("src/test/resources/state/after-one-sync/state.json"));
        assertThat(dir.resolve("state.json")).content(StandardCharsets.UTF_8).isEqualToNormalizingNewlines(expected);
    }

    @Test
    void aFailedRenameLeavesTheOldFileWholeAndNoTempFile() throws IOException {
        open().recordSeen(REV_A);
        byte[] before = Files.readAllBytes(dir.resolve("state.json"));
        long[] tempSizeAtMove = new long[1];
        StateStore failing = StateStore.open(dir, 500, CLOCK, new AtomicFileWriter((from, to) -> {
            tempSizeAtMove[0] = Files.size(from);
            throw new IOException("disk went away");
        }));

        assertThatThrownBy(() -> failing.recordSeen(REV_B))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining("disk went away");

        assertThat(tempSizeAtMove[0]).isGreaterThan(0);
        assertThat(dir.resolve("state.json")).hasBinaryContent(before);
        assertThat(failing.state().lastSeenRevision()).isEqualTo(REV_A);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("state.json");
        }
    }

    @Test
    void leftoverTempFilesFromACrashAreIgnoredAndRemoved() throws IOException {
        open().recordSeen(REV_A);
        Files.writeString(dir.resolve("state.json.123.tmp"), "{\"lastSeenRevision\": \"half-writ");

        StateStore store = open();

        assertThat(store.state().lastSeenRevision()).isEqualTo(REV_A);
        assertThat(dir.resolve("state.json.123.tmp")).doesNotExist();
    }

    @Test
    void historyKeepsTheNewest500AndIdsKeepCounting() throws IOException {
        List<SyncRecord> full = LongStream.rangeClosed(1, 499)
                .mapToObj(id -> record(REV_A, SyncOutcome.NO_CHANGES).withId(id)).toList();
        Files.write(dir.resolve("state.json"), StateJson.mapper().writeValueAsBytes(
                new SyncState(SyncState.FORMAT_VERSION, REV_A, REV_A, new TreeSet<>(APPLIED), 499, null, full)));
        StateStore store = open();
        for (int i = 0; i < 4; i++) {
            store.finishSync(record(REV_B, SyncOutcome.SUCCEEDED), Optional.empty());
        }

        List<SyncRecord> history = open().history();

        assertThat(history).hasSize(500);
        assertThat(history.get(0).id()).isEqualTo(4);
        assertThat(history.get(499).id()).isEqualTo(503);
        assertThat(history.get(499).revision()).isEqualTo(REV_B);
        assertThat(open().finishSync(record(REV_B, SyncOutcome.SUCCEEDED), Optional.empty()).id()).isEqualTo(504);
    }

    @Test
    void readersSeeWholeStatesWhileOneWriterSyncs() throws Exception {
        StateStore store = open();
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

    @Test
    void historyLimitIsConfigurable() {
        StateStore store = StateStore.open(dir, 2, CLOCK, new AtomicFileWriter());
        for (int i = 0; i < 5; i++) {
            store.finishSync(record(REV_A, SyncOutcome.NO_CHANGES), Optional.empty());
        }

        assertThat(store.history()).extracting(SyncRecord::id).containsExactly(4L, 5L);
    }

    @Test
    void corruptFileIsSetAsideAndReportedSoPruneStaysOff() throws IOException {
        Files.writeString(dir.resolve("state.json"), "{\n  \"lastAppliedRevision\": \"abc\",\n  oops\n");

        LoadResult loaded = open().loadResult();

        Path setAside = dir.resolve("state.json.corrupt-20260301T093000Z");
        assertThat(loaded.status()).isEqualTo(LoadStatus.CORRUPT_SET_ASIDE);
        assertThat(loaded.inventoryKnown()).isFalse();
        assertThat(loaded.setAside()).contains(setAside);
        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("state.json is not valid state at line 3"));
        assertThat(setAside).hasContent("{\n  \"lastAppliedRevision\": \"abc\",\n  oops");
        assertThat(dir.resolve("state.json")).doesNotExist();
    }

    @Test
    void aSecondCorruptionAtTheSameSecondDoesNotOverwriteTheFirst() throws IOException {
        Files.writeString(dir.resolve("state.json"), "");
        open();
        Files.writeString(dir.resolve("state.json"), "null");

        LoadResult loaded = open().loadResult();

        assertThat(loaded.setAside()).contains(dir.resolve("state.json.corrupt-20260301T093000Z-2"));
        assertThat(dir.resolve("state.json.corrupt-20260301T093000Z")).exists();
    }

    @Test
    void wellFormedJsonThatBreaksTheModelIsCorruptToo() throws IOException {
        Files.writeString(dir.resolve("state.json"),
                "{\"inventory\": [{\"kind\": \"Integration\", \"name\": \"Nagios\"}]}");

        LoadResult loaded = open().loadResult();

        assertThat(loaded.status()).isEqualTo(LoadStatus.CORRUPT_SET_ASIDE);
        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p).contains("exactly when it is an integration"));
    }

    @Test
    void interruptedSyncMarkerIsFoundAfterARestart() {
        open().beginSync(REV_B, SyncTrigger.STARTUP);

        LoadResult restarted = open().loadResult();

        assertThat(restarted.interruptedSync()).contains(new SyncInProgress(REV_B, T0, SyncTrigger.STARTUP));
        assertThat(restarted.status()).isEqualTo(LoadStatus.LOADED);
        assertThat(restarted.inventoryKnown()).as("nothing was applied yet").isFalse();
        assertThat(restarted.state().lastSeenRevision()).isEqualTo(REV_B);
    }

    @Test
    void anInterruptedSyncIsClosedInHistoryOnce() {
        StateStore before = open();
        before.finishSync(record(REV_A, SyncOutcome.SUCCEEDED), Optional.of(APPLIED));
        before.beginSync(REV_B, SyncTrigger.PUSH_WEBHOOK);
        StateStore restarted = open();

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
        assertThat(open().loadResult().interruptedSync()).isEmpty();
    }

    @Test
    void fieldsFromANewerVersionAreTolerated() throws IOException {
        Files.writeString(dir.resolve("state.json"), """
                {"formatVersion": 2, "lastAppliedRevision": "%s", "futureTopLevel": {"x": 1},
                 "inventory": [{"kind": "Team", "name": "Ops Tokyo", "futureId": "P123"}],
                 "lastSyncId": 7,
                 "history": [{"id": 7, "trigger": "POLL", "outcome": "SUCCEEDED", "revision": "%s", "durationMs": 5}]}
                """.formatted(REV_A, REV_A));

        LoadResult loaded = open().loadResult();

        assertThat(loaded.status()).isEqualTo(LoadStatus.LOADED);
        assertThat(loaded.state().inventory()).containsExactly(InventoryEntry.of("Team", "Ops Tokyo"));
        assertThat(loaded.state().history()).extracting(SyncRecord::id).containsExactly(7L);
    }

    @Test
    void inventoryEntriesHaveAServiceExactlyWhenTheyAreIntegrations() {
        assertThatThrownBy(() -> new InventoryEntry("Service", "Payments API", "Other"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(InventoryEntry.integration("Payments API", "Events").service()).isEqualTo("Payments API");
    }
}
