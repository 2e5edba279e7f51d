package io.pdgitops.webhook;

/**
 * What pull requests (GitHub, Gitea) and merge requests (GitLab) share for a pre-merge check.
 *
 * @param action the host's own word: {@code opened}, {@code synchronize} (GitHub), {@code synchronized} (Gitea),
 *     {@code open}, {@code update} (GitLab), ...
 * @param baseRef the branch the change would merge into, short name
 * @param fromFork true when the head lives in another repository than the base (or that repository is gone)
 * @param target where a check of the change reports
 */
public record ChangeRequest(GitProvider provider, String action, long number, String baseRef, String headRef,
        String headSha, RepositoryUrls headRepository, RepositoryUrls baseRepository, boolean fromFork,
        ReviewedRepository target) {
}
