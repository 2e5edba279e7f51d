package io.pdgitops.source;

import io.pdgitops.load.UnreadFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of the sub-path at one commit, written to a private folder that nothing else writes to. Closing it
 * deletes the folder.
 *
 * @param commitId the commit the files come from
 * @param root the folder holding the sub-path's files (the sub-path itself is not repeated below it)
 * @param files paths of the written files relative to {@code root}, with {@code /} separators, sorted
 * @param skipped entries that were not written and why, e.g. a symbolic link pointing outside the sub-path; give
 *     them to the loader with the folder, or a left-out file looks like a removed one
 * @param blobIds the Git blob id of each written file, by its path in {@code files} (for a symbolic link, its
 *     target's): equal ids mean equal bytes, which lets the loader keep what it found in a file between revisions
 */
public record TreeSnapshot(String commitId, Path root, List<String> files, List<UnreadFile> skipped,
        Map<String, String> blobIds) implements AutoCloseable {

    public TreeSnapshot {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        blobIds = Map.copyOf(blobIds);
    }

    @Override
    public void close() {
        deleteRecursively(root);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
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
