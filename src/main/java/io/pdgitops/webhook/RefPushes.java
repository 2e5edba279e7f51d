package io.pdgitops.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Push payloads of every provider share ref, before and after; tags and branches part here. */
final class RefPushes {

    private static final String TAGS = "refs/tags/";

    private RefPushes() {
    }

    static WebhookEvent parse(GitProvider provider, JsonNode root, RepositoryUrls repository,
            Optional<String> delivery) {
        String ref = JsonFields.required(root, "ref");
        String after = JsonFields.required(root, "after");
        boolean deleted = JsonFields.flag(root, "deleted") || WebhookEvent.ZERO_ID.equals(after);
        if (ref.startsWith(TAGS)) {
            return new WebhookEvent.TagPush(provider, repository, ref, after, deleted, delivery);
        }
        return new WebhookEvent.Push(provider, repository, ref, JsonFields.text(root, "before").orElse(""), after,
                deleted, JsonFields.headCommit(root, after), delivery);
    }
}
