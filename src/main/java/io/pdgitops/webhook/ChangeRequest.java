package io.pdgitops.webhook;

import java.util.Optional;

/** What pull requests (GitHub, Gitea) and merge requests (GitLab) share for a pre-merge check. */
public interface ChangeRequest {

    GitProvider provider();

    String action();

    long number();

    String baseRef();

    String headRef();

    String headSha();

    RepositoryUrls headRepository();

    RepositoryUrls baseRepository();

    boolean fromFork();

    Optional<String> deliveryId();

    /** The ref on the base repository that holds the proposed head, fetchable even from forks. */
    String fetchRef();
}
