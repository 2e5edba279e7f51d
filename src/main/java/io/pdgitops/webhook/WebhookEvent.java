package io.pdgitops.webhook;

import java.util.Optional;

/** What a Git host's delivery says happened, reduced to what a sync or a check needs. */
public sealed interface WebhookEvent {

    GitProvider provider();

    Optional<String> deliveryId();

    String ZERO_ID = "0000000000000000000000000000000000000000";

    /** A push to a branch. {@code after} is the new head; when {@code deleted}, the branch is gone. */
    record Push(GitProvider provider, RepositoryUrls repository, String ref, String before, String after,
            boolean deleted, Optional<HeadCommit> headCommit, Optional<String> deliveryId) implements WebhookEvent {
    }

    /** A tag created, moved or deleted. Tags never sync. */
    record TagPush(GitProvider provider, RepositoryUrls repository, String ref, String after, boolean deleted,
            Optional<String> deliveryId) implements WebhookEvent {
    }

    /** Pull and merge requests alike. */
    sealed interface ChangeEvent extends WebhookEvent {

        ChangeRequest change();

        @Override
        default GitProvider provider() {
            return change().provider();
        }

        /** The ref on the base repository that holds the proposed head, fetchable even from forks. */
        String fetchRef();
    }

    /** A GitHub or Gitea pull request changed. */
    record PullRequest(ChangeRequest change, Optional<String> deliveryId) implements ChangeEvent {

        @Override
        public String fetchRef() {
            return "refs/pull/" + change.number() + "/head";
        }
    }

    /** A GitLab merge request changed. */
    record MergeRequest(ChangeRequest change, Optional<String> deliveryId) implements ChangeEvent {

        @Override
        public String fetchRef() {
            return "refs/merge-requests/" + change.number() + "/head";
        }
    }

    /** The host checks that the endpoint answers. */
    record Ping(GitProvider provider, Optional<String> deliveryId) implements WebhookEvent {
    }

    /** Any other event, with why nothing is done about it. */
    record Ignored(GitProvider provider, String reason, Optional<String> deliveryId) implements WebhookEvent {
    }
}
