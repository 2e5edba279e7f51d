package io.pdgitops.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The repository tracked when none is configured: the one the service is started in, so that {@code ./pd-gitops
 * serve} in a checkout of this project syncs its own {@code example-repo} without any setting.
 */
public final class DefaultRepository {

    private DefaultRepository() {
    }

    /** The nearest folder at or above {@code start} holding {@code .git} (a folder, or a worktree's file), as a URL. */
    public static Optional<String> around(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.of(dir.toUri().toString().replaceAll("/$", ""));
            }
        }
        return Optional.empty();
    }
}
