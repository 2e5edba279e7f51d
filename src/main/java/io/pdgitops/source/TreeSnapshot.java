package io.pdgitops.source;

import io.pdgitops.load.UnreadFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files of the sub-path at one commit, written to a private folder that nothing else writes to while the
 * snapshot is open. Closing it hands the folder back to the {@link GitSource}, which keeps one such folder to bring
 * up to date for the next revision (writing only the files whose blobs changed) and deletes any other.
 *
 * <p>What it holds: the commit the files come from; the folder holding the sub-path's files (the sub-path itself is
 * not repeated below it); the paths of the written files relative to that folder, with {@code /} separators,
 * sorted; the entries that were not written and why, e.g. a symbolic link pointing outside the sub-path (give them
 * to the loader with the folder, or a left-out file looks like a removed one); and the Git blob id of each written
 * file by its path (for a symbolic link, its target's): equal ids mean equal bytes, which lets the loader keep what
 * it found in a file between revisions.
 */
public final class TreeSnapshot implements AutoCloseable {

    private final String commitId;
    private final Path root;
    private final List<String> files;
    private final List<UnreadFile> skipped;
    private final Map<String, String> blobIds;
    private final Consumer<TreeSnapshot> release;
    private final AtomicBoolean closed = new AtomicBoolean();

    TreeSnapshot(String commitId, Path root, List<String> files, List<UnreadFile> skipped, Map<String, String> blobIds,
            Consumer<TreeSnapshot> release) {
        this.commitId = commitId;
        this.root = root;
        this.files = List.copyOf(files);
        this.skipped = List.copyOf(skipped);
        this.blobIds = Map.copyOf(blobIds);
        this.release = release;
    }

    public String commitId() {
        return commitId;
    }

    public Path root() {
        return root;
    }

    public List<String> files() {
        return files;
    }

    public List<UnreadFile> skipped() {
        return skipped;
    }

    public Map<String, String> blobIds() {
        return blobIds;
    }

    @Override
    public void close() {
        // Once only: a second close could hand back a folder that a later snapshot is already using.
        if (closed.compareAndSet(false, true)) {
            release.accept(this);
        }
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
