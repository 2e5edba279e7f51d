package io.pdgitops.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The service's memory in {@code <data directory>/state.json}: revisions, the managed inventory, the in-progress
 * marker and bounded sync history. Every change is written atomically before the method returns.
 *
 * <p>Methods are synchronized; one process with one store per data directory is the supported set-up.
 */
public final class StateStore {

    public static final String FILE_NAME = "state.json";
    public static final int DEFAULT_HISTORY_LIMIT = 500;
    private static final DateTimeFormatter SET_ASIDE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final int historyLimit;
    private final Clock clock;
    private final AtomicFileWriter writer;
    private final ObjectMapper json;
    private final LoadResult loadResult;
    private SyncState state;

    private StateStore(Path dir, int historyLimit, Clock clock, AtomicFileWriter writer) {
        if (historyLimit < 1) {
            throw new IllegalArgumentException("the history limit must be at least 1");
        }
        this.file = dir.resolve(FILE_NAME);
        this.historyLimit = historyLimit;
        this.clock = clock;
        this.writer = writer;
        this.json = StateJson.mapper();
        this.loadResult = load(dir);
        this.state = loadResult.state();
    }

    public static StateStore open(Path dir, int historyLimit) {
        return new StateStore(dir, historyLimit, Clock.systemUTC(), new AtomicFileWriter());
    }

    static StateStore open(Path dir, int historyLimit, Clock clock, AtomicFileWriter writer) {
        return new StateStore(dir, historyLimit, clock, writer);
    }

    /** What was found when the store was opened: check {@link LoadResult#inventoryKnown()} before pruning. */
    public LoadResult loadResult() {
        return loadResult;
    }

    public synchronized SyncState state() {
        return state;
    }

    public synchronized List<SyncRecord> history() {
        return state.history();
    }

    public synchronized void recordSeen(String revision) {
        save(state.withSeen(revision));
    }

    /** Marks a sync as running before it touches PagerDuty. */
    public synchronized SyncInProgress beginSync(String revision, SyncTrigger trigger) {
        SyncInProgress marker = new SyncInProgress(revision, clock.instant(), trigger);
        save(state.withSyncStarted(marker));
        return marker;
    }

    /**
     * Ends a sync: appends {@code record} to history with the next id and clears the marker. Pass the inventory
     * when the record's revision was applied (all or in part), so that prune starts from it next time.
     */
    public synchronized SyncRecord finishSync(SyncRecord record, Optional<Set<InventoryEntry>> appliedInventory) {
        SyncState next = state.withSyncFinished(record, appliedInventory, historyLimit);
        save(next);
        return next.history().get(next.history().size() - 1);
    }

    /**
     * Closes a sync that a previous run left marked as in progress: records it in history as {@code INTERRUPTED}
     * and clears the marker, leaving the last applied revision and inventory as they were. The caller then syncs
     * the marker's revision again; sync is idempotent, so steps that did happen are not repeated.
     */
    public synchronized Optional<SyncRecord> closeInterruptedSync() {
        Optional<SyncInProgress> marker = state.inProgress();
        if (marker.isEmpty()) {
            return Optional.empty();
        }
        SyncInProgress cut = marker.get();
        return Optional.of(finishSync(new SyncRecord(0, cut.startedAt(), clock.instant(), cut.trigger(),
                cut.revision(), null, "the process stopped during this sync", SyncOutcome.INTERRUPTED, List.of(),
                List.of()), Optional.empty()));
    }

    private void save(SyncState next) {
        try {
            writer.write(file, (json.writeValueAsString(next) + "\n").getBytes(StandardCharsets.UTF_8));
            state = next;
        } catch (IOException e) {
            throw new StateStoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private LoadResult load(Path dir) {
        try {
            Files.createDirectories(dir);
            removeLeftoverTempFiles(dir);
        } catch (IOException e) {
            throw new StateStoreException("cannot prepare the data directory " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.exists(file)) {
            return LoadResult.firstRun();
        }
        String problem;
        try {
            SyncState read = json.readValue(file.toFile(), SyncState.class);
            if (read != null) {
                return LoadResult.loaded(read);
            }
            problem = FILE_NAME + " holds null";
        } catch (JsonProcessingException e) {
            problem = FILE_NAME + " is not valid state" + location(e) + ": " + e.getOriginalMessage();
        } catch (IOException | RuntimeException e) {
            problem = FILE_NAME + " cannot be read: " + e.getMessage();
        }
        return LoadResult.corrupt(setAside(), problem);
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    /** Keeps the unreadable file for a person to look at, under a name no later run reuses. */
    private Path setAside() {
        String base = FILE_NAME + ".corrupt-" + SET_ASIDE_STAMP.format(clock.instant());
        Path target = file.resolveSibling(base);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(base + "-" + n);
        }
        try {
            Files.move(file, target);
            return target;
        } catch (IOException e) {
            throw new StateStoreException("cannot move the unreadable " + file + " aside to " + target
                    + "; fix or remove it by hand", e);
        }
    }

    private void removeLeftoverTempFiles(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(FILE_NAME + ".") && name.endsWith(AtomicFileWriter.TEMP_SUFFIX)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
