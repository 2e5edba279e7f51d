package io.pdgitops.webhook;

import java.util.Optional;

/** What the service does about one delivery. */
public sealed interface WebhookDecision {

    /** Sync the tracked branch at {@code revision}. */
    record Sync(String revision, Optional<HeadCommit> headCommit, Optional<String> deliveryId)
            implements WebhookDecision {
    }

    /** Validate and plan the proposed head of a pull or merge request and report on it to {@code target}. */
    record CheckChange(GitProvider provider, long number, String headSha, String fetchRef, boolean fromFork,
            ReviewedRepository target, Optional<String> deliveryId) implements WebhookDecision {
    }

    /** Nothing to do, and why: shown in the webhook's response so the host's delivery log explains itself. */
    record Ignore(String reason) implements WebhookDecision {
    }
}
