package io.pdgitops.state;

import static io.pdgitops.state.StateSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the file store does: its file format, atomic rename, leftovers and corrupt files. */
class FileStateStoreTest {

    @TempDir
    Path dir;

    private StateStore open() {
        return FileStateStore.open(dir, StateStore.DEFAULT_HISTORY_LIMIT, CLOCK, new AtomicFileWriter());
    }


    @Test
    void theStateFileReadsAsReviewed() throws IOException {
        StateStore store = open();
        store.beginSync(REV_A, SyncTrigger.MANUAL);
        store.finishSync(record(REV_A, SyncOutcome.PARTIALLY_FAILED), Optional.of(APPLIED));

        String expected = Files.readString(Path.of("src/test/resources/state/after-one-sync/state.json"));
        assertThat(dir.resolve("state.json")).content(StandardCharsets.UTF_8).isEqualToNormalizingNewlines(expected);
    }

    /**
     * The history is written from each record's kept text: over syncs that push records out of a short history, with
     * awkward text in them, the file's history reads exactly as Jackson writes it from scratch, and reads back equal.
     */
    @Test
    void aHistoryWrittenFromKeptTextsIsWhatJacksonWritesFromScratch() throws IOException {
        StateStore store = FileStateStore.open(dir, 3, CLOCK, new AtomicFileWriter());
        for (int sync = 0; sync < 5; sync++) {
            store.beginSync(REV_A, SyncTrigger.MANUAL);
            SyncRecord record = record(REV_A, sync % 2 == 0 ? SyncOutcome.SUCCEEDED : SyncOutcome.FAILED);
            store.finishSync(new SyncRecord(0, record.startedAt(), record.finishedAt(), record.trigger(),
                    record.revision(), "Ops \"Tokyo\" \\ 東京\n" + sync, "line one\nline two", record.outcome(),
                    record.steps(), record.errors()), Optional.of(APPLIED));

            String written = Files.readString(dir.resolve("state.json"));
            String history = written.substring(written.indexOf("\"history\" : "));
            String scratch = StateJson.builder().build().writeValueAsString(store.state());
            assertThat(history).as("after sync %d", sync)
                    .isEqualTo(scratch.substring(scratch.indexOf("\"history\" : ")) + "\n");
        }
        assertThat(store.history()).hasSize(3);
        assertThat(open().loadResult().state()).isEqualTo(store.state());
    }

    @Test
    void anInventoryWrittenAgainWithOtherFilesOrAwkwardNamesReadsBackAsWritten() {
        StateStore store = open();
        Set<InventoryEntry> first = Set.of(InventoryEntry.of("Team", "Ops \"Tokyo\" \\ 東京").declaredIn("teams/a.yaml"),
                InventoryEntry.integration("Payments\tAPI", "Nagios\n2").declaredIn("services/p.yaml"));
        store.beginSync(REV_A, SyncTrigger.MANUAL);
        store.finishSync(record(REV_A, SyncOutcome.SUCCEEDED), Optional.of(first));
        // The same keys declared in other files: the kept text of the last inventory must not be written again.
        Set<InventoryEntry> moved = first.stream().map(entry -> entry.declaredIn("moved/" + entry.file()))
                .collect(Collectors.toSet());
        store.beginSync(REV_B, SyncTrigger.MANUAL);
        store.finishSync(record(REV_B, SyncOutcome.SUCCEEDED), Optional.of(moved));

        SyncState reread = open().loadResult().state();

        assertThat(reread.inventory()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(moved);
        assertThat(reread).isEqualTo(store.state());
    }

    @Test
    void aFailedRenameLeavesTheOldFileWholeAndNoTempFile() throws IOException {
        open().recordSeen(REV_A);
        byte[] before = Files.readAllBytes(dir.resolve("state.json"));
        long[] tempSizeAtMove = new long[1];
        StateStore failing = FileStateStore.open(dir, StateStore.DEFAULT_HISTORY_LIMIT, CLOCK, new AtomicFileWriter((from, to) -> {
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
    void corruptFileIsSetAsideAndReportedSoPruneStaysOff() throws IOException {
        Files.writeString(dir.resolve("state.json"), "{\n  \"lastAppliedRevision\": \"abc\",\n  oops\n");

        OpenedState loaded = open().loadResult();

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

        OpenedState loaded = open().loadResult();

        assertThat(loaded.setAside()).contains(dir.resolve("state.json.corrupt-20260301T093000Z-2"));
        assertThat(dir.resolve("state.json.corrupt-20260301T093000Z")).exists();
    }

    @Test
    void wellFormedJsonThatBreaksTheModelIsCorruptToo() throws IOException {
        Files.writeString(dir.resolve("state.json"),
                "{\"inventory\": [{\"kind\": \"Integration\", \"name\": \"Nagios\"}]}");

        OpenedState loaded = open().loadResult();

        assertThat(loaded.status()).isEqualTo(LoadStatus.CORRUPT_SET_ASIDE);
        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p).contains("exactly when it is an integration"));
    }

    @Test
    void fieldsFromANewerVersionAreTolerated() throws IOException {
        Files.writeString(dir.resolve("state.json"), """
                {"formatVersion": 2, "lastAppliedRevision": "%s", "futureTopLevel": {"x": 1},
                 "inventory": [{"kind": "Team", "name": "Ops Tokyo", "futureId": "P123"}],
                 "lastSyncId": 7,
                 "history": [{"id": 7, "trigger": "POLL", "outcome": "SUCCEEDED", "revision": "%s", "durationMs": 5}]}
                """.formatted(REV_A, REV_A));

        OpenedState loaded = open().loadResult();

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
