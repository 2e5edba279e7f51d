package io.pdgitops.webhook;

import static io.pdgitops.webhook.JsonFields.at;
import static io.pdgitops.webhook.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** GitHub's payloads, which Gitea copies closely enough to share the reading. */
final class GitHubStyleEvents {

    private static final String[] REPOSITORY_URLS = {"clone_url", "ssh_url", "html_url", "git_url"};

    private GitHubStyleEvents() {
    }

    static WebhookEvent parse(GitProvider provider, String event, JsonNode root, Optional<String> delivery) {
        return switch (event) {
            case "push" -> RefPushes.parse(provider, root, JsonFields.urls(at(root, "repository"), REPOSITORY_URLS),
                    delivery);
            case "pull_request" -> pullRequest(provider, root, delivery);
            case "ping" -> new WebhookEvent.Ping(provider, delivery);
            default -> new WebhookEvent.Ignored(provider, "'" + event + "' events are not used", delivery);
        };
    }

    private static WebhookEvent pullRequest(GitProvider provider, JsonNode root, Optional<String> delivery) {
        JsonNode head = at(root, "pull_request.head");
        JsonNode base = at(root, "pull_request.base");
        if (head == null || base == null) {
            throw new WebhookPayloadException("payload has no 'pull_request.head' or 'pull_request.base'");
        }
        JsonNode headRepo = at(head, "repo");
        JsonNode baseRepo = at(base, "repo");
        return new WebhookEvent.PullRequest(new ChangeRequest(provider,
                JsonFields.required(root, "action"),
                JsonFields.requiredNumber(root, "number"),
                JsonFields.required(base, "ref"),
                JsonFields.required(head, "ref"),
                JsonFields.required(head, "sha"),
                JsonFields.urls(headRepo, REPOSITORY_URLS),
                JsonFields.urls(baseRepo, REPOSITORY_URLS),
                fromFork(headRepo, baseRepo),
                new ReviewedRepository(text(baseRepo, "full_name").orElse(""), text(baseRepo, "html_url").orElse(""))),
                delivery);
    }

    /** A head repository that is gone (deleted fork) counts as a fork. */
    private static boolean fromFork(JsonNode headRepo, JsonNode baseRepo) {
        if (headRepo == null || baseRepo == null) {
            return true;
        }
        Optional<String> headId = text(headRepo, "id");
        Optional<String> baseId = text(baseRepo, "id");
        if (headId.isPresent() && baseId.isPresent()) {
            return !headId.equals(baseId);
        }
        return !text(headRepo, "full_name").equals(text(baseRepo, "full_name"));
    }
}
