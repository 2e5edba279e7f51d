package io.pdgitops.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The repository tracked when none is configured: the one the service is started in, so that {@code ./pd-gitops
 * serve} in a checkout of this project syncs its own {@code example-repo} without any setting.
 */
public final class DefaultRepository {

    /** The folder of the configuration inside the tracked repository when none is configured. */
    public static final String DEFAULT_PATH = "example-repo";

    /** The setting that names another folder, as an environment variable. */
    public static final String PATH_VARIABLE = "PD_GITOPS_REPO_PATH";

    private DefaultRepository() {
    }

    /** The nearest folder at or above {@code start} holding {@code .git} (a folder, or a worktree's file), as a URL. */
    public static Optional<String> around(Path start) {
        return rootAround(start).map(dir -> dir.toUri().toString().replaceAll("/$", ""));
    }

    /** The nearest folder at or above {@code start} holding {@code .git} (a folder, or a worktree's file). */
    public static Optional<Path> rootAround(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
