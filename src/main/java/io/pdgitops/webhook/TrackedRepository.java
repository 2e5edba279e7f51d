package io.pdgitops.webhook;

import java.util.List;

/**
 * The repository and branch the service syncs from.
 *
 * @param urls every URL by which payloads may name the repository (the configured clone URL, its web URL, ...)
 * @param branch short branch name, e.g. {@code main}
 */
public record TrackedRepository(List<String> urls, String branch) {

    public TrackedRepository {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("the tracked repository needs at least one URL");
        }
        branch = branch.startsWith("refs/heads/") ? branch.substring("refs/heads/".length()) : branch;
    }

    String branchRef() {
        return "refs/heads/" + branch;
    }
}
