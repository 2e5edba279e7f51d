package io.pdgitops.model;

/**
 * How the service applies a repository.
 *
 * @param prune delete objects applied before that Git no longer declares
 * @param selfHeal revert drift as soon as it is seen
 * @param maxDeletions a plan deleting more than this is refused unless forced
 */
public record SyncPolicy(boolean prune, boolean selfHeal, int maxDeletions) {

    public static final int DEFAULT_MAX_DELETIONS = 10;

    public static SyncPolicy defaults() {
        return new SyncPolicy(false, false, DEFAULT_MAX_DELETIONS);
    }
}
