package io.pdgitops.service;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.FileLoadCache;
import io.pdgitops.load.LoadResult;
import io.pdgitops.source.GitSource;
import io.pdgitops.source.TreeSnapshot;

/**
 * Reads and validates the tracked folder at one commit, from a folder the source writes for it (see
 * {@link GitSource#materialize}). The entries the copy left out go to the loader with it, so {@code serve}, the
 * change check and {@code validate} judge them alike.
 */
final class RevisionLoader {

    private RevisionLoader() {
    }

    static LoadResult load(GitSource source, String revision) {
        return load(source, revision, new FileLoadCache());
    }

    /**
     * @param cache what the files of an earlier revision added, by blob id: a file Git has unchanged is not parsed
     *     again
     */
    static LoadResult load(GitSource source, String revision, FileLoadCache cache) {
        try (TreeSnapshot tree = source.materialize(revision)) {
            return ConfigLoader.defaults().read(tree.root(), tree.skipped(), tree.blobIds(), cache);
        }
    }
}
