package io.pdgitops.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * The state in {@code <data directory>/state.json}, written atomically (temporary file and rename) on every change.
 *
 * <p>Methods are synchronized; one process with one store per data directory is the supported set-up.
 */
public final class FileStateStore implements StateStore {

    public static final String FILE_NAME = "state.json";
    private static final DateTimeFormatter SET_ASIDE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final int historyLimit;
    private final Clock clock;
    private final AtomicFileWriter writer;
    private final ObjectMapper json;
    private final OpenedState loadResult;
    private SyncState state;

    private FileStateStore(Path dir, int historyLimit, Clock clock, AtomicFileWriter writer) {
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

    public static FileStateStore open(Path dir, int historyLimit) {
        return new FileStateStore(dir, historyLimit, Clock.systemUTC(), new AtomicFileWriter());
    }

    static FileStateStore open(Path dir, int historyLimit, Clock clock, AtomicFileWriter writer) {
        return new FileStateStore(dir, historyLimit, clock, writer);
    }

    @Override
    public OpenedState loadResult() {
        return loadResult;
    }

    @Override
    public synchronized SyncState state() {
        return state;
    }

    @Override
    public synchronized List<SyncRecord> history() {
        return state.history();
    }

    @Override
    public synchronized void recordSeen(String revision) {
        save(state.withSeen(revision));
    }

    @Override
    public synchronized SyncInProgress beginSync(String revision, SyncTrigger trigger) {
        SyncInProgress marker = new SyncInProgress(revision, clock.instant(), trigger);
        save(state.withSyncStarted(marker));
        return marker;
    }

    @Override
    public synchronized SyncRecord finishSync(SyncRecord record, Optional<Set<InventoryEntry>> appliedInventory) {
        SyncState next = state.withSyncFinished(record, appliedInventory, historyLimit);
        save(next);
        return next.history().get(next.history().size() - 1);
    }

    @Override
    public synchronized Optional<SyncRecord> closeInterruptedSync() {
        Optional<SyncInProgress> marker = state.inProgress();
        if (marker.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(finishSync(marker.get().interrupted(clock.instant()), Optional.empty()));
    }

    private void save(SyncState next) {
        try {
            // Straight to UTF-8 bytes: the state holds the whole inventory, and a detour through a String costs a
            // copy of it in UTF-16 and another encoding, three times a sync.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            json.writeValue(bytes, next);
            bytes.write('\n');
            writer.write(file, bytes.toByteArray());
            state = next;
        } catch (IOException e) {
            throw new StateStoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private OpenedState load(Path dir) {
        try {
            Files.createDirectories(dir);
            removeLeftoverTempFiles(dir);
        } catch (IOException e) {
            throw new StateStoreException("cannot prepare the data directory " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.exists(file)) {
            return OpenedState.firstRun();
        }
        String problem;
        try {
            SyncState read = json.readValue(file.toFile(), SyncState.class);
            if (read != null) {
                return OpenedState.loaded(read);
            }
            problem = FILE_NAME + " holds null";
        } catch (JsonProcessingException e) {
            problem = FILE_NAME + " is not valid state" + location(e) + ": " + e.getOriginalMessage();
        } catch (IOException | RuntimeException e) {
            problem = FILE_NAME + " cannot be read: " + e.getMessage();
        }
        return OpenedState.corrupt(setAside(), problem);
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
